package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surfaces;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RasterTest {
    @Test
    void samplesCellCentresTopRowFirst() {
        var r = SurfaceRaster.compute(Surfaces.parse("x + 10*y", 2), new Bounds(0, 4, 0, 2), 4, 2, false);
        // cell (0, 0) is the top-left: x = 0.5, y = 1.5
        assertThat(r.value(0, 0)).isEqualTo(15.5f);
        assertThat(r.value(3, 1)).isEqualTo(8.5f);
        assertThat(r.scale().min()).isEqualTo(5.5);
        assertThat(r.scale().max()).isEqualTo(18.5);
        assertThat(r.argb()).hasSize(8);
    }

    @Test
    void undefinedValuesAreTransparent() {
        var r = SurfaceRaster.compute(Surfaces.parse("log(x)", 2), new Bounds(-1, 1, -1, 1), 4, 4, true);
        assertThat(r.value(0, 0)).isNaN();
        assertThat(r.argb()[0]).isZero();
        assertThat(r.argb()[3] >>> 24).isEqualTo(0xFF);
    }

    @Test
    void contoursOfABowlAreCircles() {
        var r = SurfaceRaster.compute(Surfaces.parse("x^2 + y^2", 2), new Bounds(-2, 2, -2, 2), 200, 200, false);
        float[] s = r.contours();
        assertThat(s.length).isGreaterThan(100);
        double[] levels = r.scale().levels(SurfaceRaster.CONTOUR_LEVELS);
        for (int i = 0; i < s.length; i += 2) {
            double f = s[i] * s[i] + s[i + 1] * s[i + 1];
            double nearest = Double.MAX_VALUE;
            for (double level : levels) {
                nearest = Math.min(nearest, Math.abs(f - level));
            }
            assertThat(nearest).isLessThan(0.02);
        }
    }

    @Test
    void saddleSquaresPairTheirCrossings() {
        // a square with corners above, below / below, above and the centre above: two separate segments
        float[] values = {1, -1, -1, 1};
        float[] s = Contours.segments(values, 2, 2, new double[] {0});
        assertThat(s).hasSize(8);
        // centre mean 0 is not above 0, so b and d (the −1 corners) are joined: segments cut off a and e
        assertThat(new float[] {s[0], s[1], s[2], s[3]}).containsExactly(0.5f, 0f, 0f, 0.5f);
    }

    @Test
    void viewportMapsBothWays() {
        var v = new Viewport(new Bounds(-2, 2, -1, 1), 10, 20, 410, 220);
        assertThat(v.px(-2)).isEqualTo(10);
        assertThat(v.py(1)).isEqualTo(20);
        assertThat(v.py(-1)).isEqualTo(220);
        assertThat(v.x(v.px(0.7))).isCloseTo(0.7, within(1e-12));
        assertThat(v.y(v.py(-0.3))).isCloseTo(-0.3, within(1e-12));
        assertThat(v.unitsPerPixelX()).isEqualTo(0.01);
    }
}
