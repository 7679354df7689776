package io.github.dlplayground.visuals.dropout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DropoutSnapshotTest {
    @Test
    void countsZeroedUnitsAndMeasuresTheScale() {
        float[] in = {1, 2, 0, 4};
        float[] train = {2, 0, 0, 8};
        var s = new DropoutSnapshot("Dropout", 0.5, in, train, in.clone(), 1);
        assertThat(s.zeroed()).isEqualTo(1);
        assertThat(s.alreadyZero()).isEqualTo(1);
        assertThat(s.isZeroed(1)).isTrue();
        assertThat(s.isZeroed(2)).isFalse();
        assertThat(s.expectedScale()).isEqualTo(2.0);
        assertThat(s.measuredScale()).isEqualTo(2.0);
        assertThat(s.means()).containsExactly(2.5, 1.75);
    }

    @Test
    void gridsTakeTheShapeThatGivesTheLargestCells() {
        assertThat(DropoutView.columns(256, 300, 100)).isEqualTo(16);
        assertThat(DropoutView.columns(256, 900, 75)).isEqualTo(32);
    }
}
