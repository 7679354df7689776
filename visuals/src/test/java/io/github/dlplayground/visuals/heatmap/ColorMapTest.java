package io.github.dlplayground.visuals.heatmap;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColorMapTest {
    @Test
    void viridisRunsFromDarkPurpleToYellowAndClamps() {
        assertThat(ColorMap.VIRIDIS.at(0)).isEqualTo(Color.web("#440154"));
        assertThat(ColorMap.VIRIDIS.at(1)).isEqualTo(Color.web("#fde725"));
        assertThat(ColorMap.VIRIDIS.at(7)).isEqualTo(Color.web("#fde725"));
        assertThat(ColorMap.VIRIDIS.at(0.5).getBrightness()).isBetween(0.4, 0.7);
    }

    @Test
    void textContrastsWithTheCell() {
        assertThat(ColorMap.textOn(ColorMap.VIRIDIS.at(0))).isEqualTo(Color.WHITE);
        assertThat(ColorMap.textOn(ColorMap.VIRIDIS.at(1))).isEqualTo(Color.BLACK);
    }

    @Test
    void signedRangeIsSymmetric() {
        assertThat(HeatGrid.range(new float[] {-1, 3}, 0, 2, true)).containsExactly(-3.0, 3.0);
        assertThat(HeatGrid.range(new float[] {2, 2}, 0, 2, false)).containsExactly(2.0, 3.0);
    }
}
