package io.github.dlplayground.visuals.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkLayoutTest {
    @Test
    void blocksWrapIntoRowsAtTheWidth() {
        NetworkLayout l = NetworkLayout.of(12, 800, 1);
        assertThat(l.columns()).isEqualTo(4);
        assertThat(l.row(4)).isEqualTo(1);
        assertThat(l.x(4)).isEqualTo(l.x(0));
        assertThat(l.height()).isEqualTo(2 * 12 + 4 * 92 + 3 * 30);
    }

    @Test
    void hitTestFindsLayerOrInput() {
        NetworkLayout l = NetworkLayout.of(3, 1000, 1);
        assertThat(l.layerAt(l.x(0) + 5, l.y(0) + 5)).hasValue(-1);
        assertThat(l.layerAt(l.x(2) + 5, l.y(2) + 5)).hasValue(1);
        assertThat(l.layerAt(l.x(1) - 10, l.y(1) + 5)).isEmpty();
    }

    @Test
    void gapIsBeforeTheFirstBlockWhoseCentreIsRightOfThePoint() {
        NetworkLayout l = NetworkLayout.of(5, 800, 1);
        double y = l.y(0) + 40;
        assertThat(l.gapAt(l.x(0) + 10, y)).isZero();
        assertThat(l.gapAt(l.x(1) + 10, y)).isZero();
        assertThat(l.gapAt(l.x(1) + 140, y)).isEqualTo(1);
        assertThat(l.gapAt(790, y)).isEqualTo(3);
        double row2 = l.y(4) + 40;
        assertThat(l.gapAt(l.x(4) + 10, row2)).isEqualTo(3);
        assertThat(l.gapAt(790, row2)).isEqualTo(5);
        assertThat(l.gapAt(790, 5000)).isEqualTo(5);
    }

    @Test
    void gapMarkerLiesBetweenTheTwoBlocks() {
        NetworkLayout l = NetworkLayout.of(3, 1000, 1);
        double[] m = l.gapMarker(1);
        assertThat(m[0]).isGreaterThan(l.x(1) + l.blockWidth()).isLessThan(l.x(2));
        assertThat(l.gapAt(m[0], (m[1] + m[2]) / 2)).isEqualTo(1);
    }
}
