package io.github.dlplayground.engine.surface;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SurfacesTest {
    @Test
    void listsThePresets() {
        assertThat(Surfaces.names2d()).containsExactly("quadratic", "ravine", "saddle", "local-minima", "plateau",
                "rosenbrock", "himmelblau", "beale");
        assertThat(Surfaces.names1d()).containsExactly("xcos", "cubic", "tanh");
    }

    /** Each hand-written gradient agrees with automatic differentiation of the preset's own formula. */
    @Test
    void closedFormsAgreeWithTheirFormulas() {
        var random = new Random(3);
        double[] g = new double[2];
        double[] h = new double[2];
        for (String name : concat()) {
            SurfacePreset preset = Surfaces.preset(name);
            Expression parsed = Surfaces.parse(preset.formula(), preset.dimension());
            Bounds b = preset.view();
            for (int n = 0; n < 300; n++) {
                double x = b.xMin() + b.width() * random.nextDouble();
                double y = preset.dimension() == 2 ? b.yMin() + b.height() * random.nextDouble() : 0;
                double f = preset.surface().gradient(x, y, g);
                double fp = parsed.gradient(x, y, h);
                double tol = 1e-9 * (1 + Math.abs(fp));
                assertThat(f).as("%s f(%f, %f)", name, x, y).isCloseTo(fp, within(tol));
                double gtol = 1e-9 * (1 + Math.abs(h[0]) + Math.abs(h[1]));
                assertThat(g[0]).as("%s ∂x", name).isCloseTo(h[0], within(gtol));
                assertThat(g[1]).as("%s ∂y", name).isCloseTo(h[1], within(gtol));
            }
        }
    }

    @Test
    void theOptimaAreWhereTheBookSays() {
        double[] g = new double[2];
        assertThat(Surfaces.preset("rosenbrock").surface().gradient(1, 1, g)).isZero();
        assertThat(Math.abs(g[0]) + Math.abs(g[1])).isZero();
        assertThat(Surfaces.preset("himmelblau").surface().value(3, 2)).isZero();
        assertThat(Surfaces.preset("beale").surface().value(3, 0.5)).isZero();
        Surfaces.preset("saddle").surface().gradient(0, 0, g);
        assertThat(Math.abs(g[0]) + Math.abs(g[1])).isZero();
        Surfaces.preset("cubic").surface().gradient(0, 0, g);
        assertThat(g[0]).isZero();
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Surfaces.preset("bowl"))
                .hasMessageStartingWith("unknown surface 'bowl'; valid names: quadratic, ravine, saddle")
                .hasMessageContaining("xcos, cubic, tanh (1D)");
    }

    @Test
    void presetStartsLieInTheirViews() {
        for (String name : concat()) {
            SurfacePreset p = Surfaces.preset(name);
            assertThat(p.view().contains(p.startX(), p.dimension() == 2 ? p.startY() : p.view().yMin()))
                    .as(name).isTrue();
        }
    }

    private static java.util.List<String> concat() {
        var all = new java.util.ArrayList<>(Surfaces.names2d());
        all.addAll(Surfaces.names1d());
        return all;
    }
}
