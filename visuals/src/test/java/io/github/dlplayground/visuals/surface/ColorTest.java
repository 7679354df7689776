package io.github.dlplayground.visuals.surface;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColorTest {
    @Test
    void viridisMatchesMatplotlibAtItsEndsAndMiddle() {
        // matplotlib viridis: 0 → #440154, 0.5 → #21918c, 1 → #fde725
        assertRgb(ColorMap.rgb(0), 0x44, 0x01, 0x54);
        assertRgb(ColorMap.rgb(0.5), 0x21, 0x91, 0x8c);
        assertRgb(ColorMap.rgb(1), 0xfd, 0xe7, 0x25);
        assertThat(ColorMap.argb(Double.NaN)).isZero();
        assertThat(ColorMap.argb(2) >>> 24).isEqualTo(0xFF);
    }

    private static void assertRgb(double[] rgb, int r, int g, int b) {
        assertThat(rgb[0] * 255).isCloseTo(r, within(1.0));
        assertThat(rgb[1] * 255).isCloseTo(g, within(1.0));
        assertThat(rgb[2] * 255).isCloseTo(b, within(1.0));
    }

    @Test
    void viridisGetsBrighterMonotonically() {
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double[] c = ColorMap.rgb(i / 100.0);
            double luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            assertThat(luminance).isGreaterThan(last);
            last = luminance;
        }
    }

    @Test
    void scalesInvertAndLogSpreadsTheLowEnd() {
        var lin = new ColorScale(-2, 8, false);
        var log = new ColorScale(-2, 8, true);
        for (double f : new double[] {-2, -1.5, 0, 3, 8}) {
            assertThat(lin.inverse(lin.t(f))).isCloseTo(f, within(1e-9));
            assertThat(log.inverse(log.t(f))).isCloseTo(f, within(1e-9));
        }
        assertThat(lin.t(-2)).isZero();
        assertThat(lin.t(8)).isEqualTo(1);
        assertThat(log.t(8)).isCloseTo(1, within(1e-12));
        assertThat(log.t(-1)).isGreaterThan(lin.t(-1));
        assertThat(lin.levels(4)).containsExactly(0, 2, 4, 6);
    }
}
