package io.github.dlplayground.visuals.confusion;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfusionMatrixLayoutTest {
    @Test
    void hitFindsTrueRowAndPredictedColumn() {
        var l = ConfusionMatrixLayout.of(10, 500, 500, 1);
        assertThat(l.hit(l.cellX(3) + 1, l.cellY(7) + 1)).contains(new MatrixCell(7, 3));
        assertThat(l.hit(l.gridX() - 1, l.cellY(0) + 1)).isEmpty();
        assertThat(l.hit(l.cellX(9) + l.cell() + 1, l.cellY(0) + 1)).isEmpty();
        assertThat(l.gridX() + l.gridSize()).isLessThanOrEqualTo(500);
        assertThat(l.gridY() + l.gridSize()).isLessThanOrEqualTo(500);
    }

    @Test
    void rowFractionIsTheShareOfTheTrueClass() {
        var d = new ConfusionData(new int[][] {{3, 1}, {0, 0}}, List.of("a", "b"));
        assertThat(d.rowFraction(0, 0)).isEqualTo(0.75);
        assertThat(d.rowFraction(1, 1)).isZero();
        assertThatThrownBy(() -> new ConfusionData(new int[][] {{1}}, List.of("a", "b")))
                .hasMessageContaining("got 2");
    }
}
