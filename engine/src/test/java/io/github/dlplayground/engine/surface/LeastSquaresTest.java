package io.github.dlplayground.engine.surface;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LeastSquaresTest {
    /** Three points by hand: (0, 1), (1, 3), (2, 4). */
    private final LeastSquares three = new LeastSquares(new double[] {0, 1, 2}, new double[] {1, 3, 4});

    @Test
    void lossAndGradientByHand() {
        double[] g = new double[2];
        // residuals of w = 1, b = 0: (0 − 1, 1 − 3, 2 − 4) = (−1, −2, −2)
        double f = three.gradient(1, 0, g);
        // L = (1 + 4 + 4) / (2·3) = 1.5
        assertThat(f).isCloseTo(1.5, within(1e-12));
        // ∂L/∂w = (0·(−1) + 1·(−2) + 2·(−2)) / 3 = −2; ∂L/∂b = (−1 − 2 − 2) / 3 = −5/3
        assertThat(g[0]).isCloseTo(-2, within(1e-12));
        assertThat(g[1]).isCloseTo(-5.0 / 3, within(1e-12));
    }

    @Test
    void optimumSolvesTheNormalEquations() {
        // x̄ = 1, ȳ = 8/3; w* = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = (5/3 + 0 + 4/3) / 2 = 1.5; b* = 8/3 − 1.5
        assertThat(three.optimumW()).isCloseTo(1.5, within(1e-12));
        assertThat(three.optimumB()).isCloseTo(8.0 / 3 - 1.5, within(1e-12));
        double[] g = new double[2];
        three.gradient(three.optimumW(), three.optimumB(), g);
        assertThat(Math.abs(g[0]) + Math.abs(g[1])).isLessThan(1e-12);
    }

    @Test
    void minibatchGradientIsTheMeanOverTheBatch() {
        double[] g = new double[2];
        int[] order = {2, 0, 1};
        // batch {2, 0} at w = 1, b = 0: residuals −2 and −1
        three.batchGradient(order, 0, 2, 1, 0, g);
        assertThat(g[0]).isCloseTo((2 * -2 + 0 * -1) / 2.0, within(1e-12));
        assertThat(g[1]).isCloseTo((-2 + -1) / 2.0, within(1e-12));
        // the whole set as one batch is the full gradient
        double[] full = new double[2];
        three.batchGradient(order, 0, 3, 0.3, -0.7, g);
        three.gradient(0.3, -0.7, full);
        assertThat(g).containsExactly(full, within(1e-12));
    }

    @Test
    void syntheticDataFollowsTheLineAndTheSeed() {
        var data = LeastSquares.synthetic(2, 4.2, 0.01, 1000, 42);
        assertThat(data.optimumW()).isCloseTo(2, within(0.002));
        assertThat(data.optimumB()).isCloseTo(4.2, within(0.002));
        var again = LeastSquares.synthetic(2, 4.2, 0.01, 1000, 42);
        assertThat(IntStream.range(0, 1000).allMatch(i -> data.y(i) == again.y(i))).isTrue();
        // at the optimum the loss is about σ²/2
        assertThat(data.value(data.optimumW(), data.optimumB())).isCloseTo(0.00005, within(0.00001));
    }

    @Test
    void sumsMatchTheDirectDefinition() {
        var data = LeastSquares.synthetic(-1, 0.5, 0.3, 57, 3);
        double w = 0.8;
        double b = -1.1;
        double direct = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = w * data.x(i) + b - data.y(i);
            direct += 0.5 * r * r;
        }
        assertThat(data.value(w, b)).isCloseTo(direct / data.size(), within(1e-12));
    }

    @Test
    void rejectsBadData() {
        assertThatThrownBy(() -> new LeastSquares(new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("as many y as x");
        assertThatThrownBy(() -> LeastSquares.synthetic(2, 4.2, -1, 10, 1)).hasMessageContaining("σ");
        assertThatThrownBy(() -> three.batchGradient(new int[] {0, 1, 2}, 2, 2, 0, 0, new double[2]))
                .hasMessageContaining("minibatch");
    }
}
