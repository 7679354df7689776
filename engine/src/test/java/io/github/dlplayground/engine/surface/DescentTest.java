package io.github.dlplayground.engine.surface;

import io.github.dlplayground.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Trajectories on quadratic f = x² + 2y² (∇f = (2x, 4y)) from the book's start (−5, −2), worked by hand. */
class DescentTest {
    private static final double TOL = 2e-6;
    private final Surface quadratic = Surfaces.preset("quadratic").surface();

    private Descent run(String kind, double lr, int steps) {
        var d = new Descent(quadratic, OptimizerConfig.defaults(kind).withLr(lr), -5, -2, 0, 1);
        assertThat(d.run(steps)).isEqualTo(steps);
        return d;
    }

    private static void expect(Descent d, int step, double x, double y) {
        assertThat(d.x(step)).as("x at step %d", step).isCloseTo(x, within(TOL * (1 + Math.abs(x))));
        assertThat(d.y(step)).as("y at step %d", step).isCloseTo(y, within(TOL * (1 + Math.abs(y))));
        assertThat(d.f(step)).isCloseTo(d.x(step) * d.x(step) + 2 * d.y(step) * d.y(step), within(1e-12));
    }

    @Test
    void sgdShrinksEachCoordinateByAConstantFactor() {
        Descent d = run("sgd", 0.1, 3);
        // x ← x − 0.1·2x = 0.8x, y ← y − 0.1·4y = 0.6y
        expect(d, 0, -5, -2);
        expect(d, 1, -4, -1.2);
        expect(d, 2, -3.2, -0.72);
        expect(d, 3, -2.56, -0.432);
        assertThat(d.steps()).isEqualTo(3);
    }

    @Test
    void momentumOvershootsInY() {
        Descent d = run("momentum", 0.1, 3);
        // b₁ = g₁ = (−10, −8): θ₁ = (−4, −1.2)
        expect(d, 1, -4, -1.2);
        // g₂ = (−8, −4.8); b₂ = 0.9·(−10, −8) + g₂ = (−17, −12): θ₂ = (−2.3, 0)
        expect(d, 2, -2.3, 0);
        // g₃ = (−4.6, 0); b₃ = 0.9·(−17, −12) + g₃ = (−19.9, −10.8): θ₃ = (−0.31, 1.08)
        expect(d, 3, -0.31, 1.08);
    }

    @Test
    void nesterovStepsAlongGradientPlusMomentumTimesVelocity() {
        Descent d = run("nesterov", 0.1, 2);
        // b₁ = g₁ = (−10, −8); d₁ = g₁ + 0.9·b₁ = (−19, −15.2): θ₁ = (−3.1, −0.48)
        expect(d, 1, -3.1, -0.48);
        // g₂ = (−6.2, −1.92); b₂ = 0.9·(−10, −8) + g₂ = (−15.2, −9.12); d₂ = g₂ + 0.9·b₂ = (−19.88, −10.128)
        expect(d, 2, -3.1 + 1.988, -0.48 + 1.0128);
    }

    @Test
    void adaGradNormalisesByTheAccumulatedSquares() {
        Descent d = run("adagrad", 0.5, 2);
        // s₁ = g₁² = (100, 64): θ₁ = θ₀ − 0.5·g₁/√s₁ = (−5 + 0.5, −2 + 0.5)
        expect(d, 1, -4.5, -1.5);
        // g₂ = (−9, −6); s₂ = (181, 100): θ₂ = θ₁ − 0.5·g₂/√s₂
        expect(d, 2, -4.5 + 0.5 * 9 / Math.sqrt(181), -1.5 + 0.5 * 6 / 10);
    }

    @Test
    void rmsPropFirstStepIsLrOverSqrtOneMinusAlpha() {
        Descent d = run("rmsprop", 0.01, 2);
        // v₁ = 0.01·g₁²: θ₁ = θ₀ − 0.01·g₁/(0.1·|g₁|) = θ₀ + 0.1
        expect(d, 1, -4.9, -1.9);
        // g₂ = (−9.8, −7.6); v₂ = 0.99·0.01·(100, 64) + 0.01·g₂²
        double vx = 0.99 * 1.0 + 0.01 * 9.8 * 9.8;
        double vy = 0.99 * 0.64 + 0.01 * 7.6 * 7.6;
        expect(d, 2, -4.9 + 0.01 * 9.8 / Math.sqrt(vx), -1.9 + 0.01 * 7.6 / Math.sqrt(vy));
    }

    @Test
    void adaDeltaStartsWithTinySteps() {
        Descent d = run("adadelta", 1, 1);
        // v₁ = 0.1·g₁² = (10, 6.4); Δ = √(1e-6)/√(v₁ + 1e-6)·g₁
        expect(d, 1, -5 + 0.001 / Math.sqrt(10 + 1e-6) * 10, -2 + 0.001 / Math.sqrt(6.4 + 1e-6) * 8);
    }

    @Test
    void adamMovesAboutTheLearningRatePerStep() {
        Descent d = run("adam", 0.1, 2);
        // m̂₁ = g₁, v̂₁ = g₁²: θ₁ = θ₀ − 0.1·sign(g₁)
        expect(d, 1, -4.9, -1.9);
        // g₂ = (−9.8, −7.6); m₂ = 0.9·0.1·g₁ + 0.1·g₂; v₂ = 0.999·0.001·g₁² + 0.001·g₂²
        double mx = 0.09 * -10 + 0.1 * -9.8;
        double vx = 0.000999 * 100 + 0.001 * 9.8 * 9.8;
        double my = 0.09 * -8 + 0.1 * -7.6;
        double vy = 0.000999 * 64 + 0.001 * 7.6 * 7.6;
        double bc1 = 1 - 0.81;
        double bc2 = 1 - 0.998001;
        expect(d, 2, -4.9 - 0.1 * (mx / bc1) / Math.sqrt(vx / bc2), -1.9 - 0.1 * (my / bc1) / Math.sqrt(vy / bc2));
    }

    @Test
    void tooLargeAStepDivergesWithAReason() {
        // lr 1.1: x ← −1.2x, y ← −3.4y; at step 5 |y| = 2·3.4⁵ ≈ 908 and f ≈ 1.65e6 > 1e6
        Descent d = run("sgd", 1.1, 4);
        assertThat(d.diverged()).isFalse();
        assertThat(d.step()).isFalse();
        assertThat(d.diverged()).isTrue();
        assertThat(d.divergence().step()).isEqualTo(5);
        assertThat(d.divergence().reason()).isEqualTo(Divergence.Reason.VALUE_TOO_LARGE);
        assertThat(d.divergence().message()).startsWith("diverged at step 5: |f| = 1.65e+06 exceeds 1e6")
                .contains("smaller learning rate");
        assertThat(d.step()).isFalse();
        assertThat(d.steps()).isEqualTo(5);
    }

    @Test
    void leavingTheDomainIsNotFinite() {
        var d = new Descent(Surfaces.parse("log(x)", 1), OptimizerConfig.defaults("sgd").withLr(1), 0.5, 0, 0, 1);
        // f'(0.5) = 2: x₁ = −1.5, where log is undefined
        assertThat(d.step()).isFalse();
        assertThat(d.divergence().reason()).isEqualTo(Divergence.Reason.NOT_FINITE);
        assertThat(d.x()).isEqualTo(-1.5);
    }

    @Test
    void everyOptimizerSeesTheSameNoise() {
        var sgd = new Descent(quadratic, OptimizerConfig.defaults("sgd").withLr(0.05), -5, -2, 0.5, 42);
        var adam = new Descent(quadratic, OptimizerConfig.defaults("adam").withLr(0.1), -5, -2, 0.5, 42);
        double[] exact = new double[2];
        for (int i = 0; i < 5; i++) {
            double[] noiseSgd = noiseOfNextStep(sgd, exact);
            double[] noiseAdam = noiseOfNextStep(adam, exact);
            assertThat(noiseSgd[0]).isCloseTo(noiseAdam[0], within(1e-5));
            assertThat(noiseSgd[1]).isCloseTo(noiseAdam[1], within(1e-5));
            assertThat(Math.abs(noiseSgd[0]) + Math.abs(noiseSgd[1])).isGreaterThan(0);
        }
    }

    private static double[] noiseOfNextStep(Descent d, double[] exact) {
        d.currentGradient(exact);
        d.step();
        float[] used = d.lastGradient();
        return new double[] {used[0] - exact[0], used[1] - exact[1]};
    }

    @Test
    void runsOnACurveWithOneCoordinate() {
        var d = new Descent(Surfaces.preset("cubic").surface(), OptimizerConfig.defaults("sgd").withLr(0.1), 1, 0, 0,
                1);
        d.step();
        // x ← x − 0.1·3x² = 1 − 0.3
        assertThat(d.x()).isCloseTo(0.7, within(1e-7));
        assertThat(d.point().size()).isEqualTo(1);
        assertThat(d.y()).isZero();
    }
}
