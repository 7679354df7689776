package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The first steps of every rule from θ = (1, −2) with the gradient g = (0.5, −1), worked out by hand. */
class FirstStepTest {
    private static final double TOL = 1e-6;

    private final Parameter theta = new Parameter("theta", Shape.of(2), new float[] {1f, -2f});

    private void gradient() {
        theta.grad()[0] = 0.5f;
        theta.grad()[1] = -1f;
    }

    private void step(Optimizer o) {
        gradient();
        o.step();
    }

    private void expect(double x, double y) {
        assertThat((double) theta.value()[0]).isCloseTo(x, within(TOL));
        assertThat((double) theta.value()[1]).isCloseTo(y, within(TOL));
    }

    @Test
    void sgdSubtractsLearningRateTimesGradient() {
        step(new Sgd(List.of(theta), 0.1));
        // θ − 0.1·g = (1 − 0.05, −2 + 0.1)
        expect(0.95, -1.9);
    }

    @Test
    void sgdWeightDecayAddsLambdaTheta() {
        step(new Sgd(List.of(theta), 0.1, 0, 0, 0.1, false));
        // g + 0.1·θ = (0.5 + 0.1, −1 − 0.2) = (0.6, −1.2); θ − 0.1·(0.6, −1.2) = (0.94, −1.88)
        expect(0.94, -1.88);
    }

    @Test
    void momentumStartsFromTheGradientThenAccumulates() {
        var o = new Sgd(List.of(theta), 0.1, 0.9, 0, 0, false);
        step(o);
        // b = g on the first step: θ = (0.95, −1.9)
        expect(0.95, -1.9);
        assertThat(o.state(theta).get("velocity")).containsExactly(0.5f, -1f);
        step(o);
        // b = 0.9·(0.5, −1) + (0.5, −1) = (0.95, −1.9); θ = (0.95 − 0.095, −1.9 + 0.19)
        expect(0.855, -1.71);
    }

    @Test
    void dampeningScalesTheNewGradientFromTheSecondStep() {
        var o = new Sgd(List.of(theta), 0.1, 0.9, 0.5, 0, false);
        step(o);
        expect(0.95, -1.9);
        step(o);
        // b = 0.9·0.5 + (1 − 0.5)·0.5 = 0.7 and 0.9·(−1) + 0.5·(−1) = −1.4; θ = (0.95 − 0.07, −1.9 + 0.14)
        expect(0.88, -1.76);
    }

    @Test
    void nesterovLooksAheadAlongTheVelocity() {
        step(new Sgd(List.of(theta), 0.1, 0.9, 0, 0, true));
        // b = g; d = g + 0.9·b = 1.9·g = (0.95, −1.9); θ = (1 − 0.095, −2 + 0.19)
        expect(0.905, -1.81);
    }

    @Test
    void adaGradDividesByTheRootOfTheSummedSquares() {
        var o = new AdaGrad(List.of(theta), 0.1, 0, 1e-10);
        step(o);
        // s = g² = (0.25, 1); θ − 0.1·g/√s = θ − 0.1·sign(g) = (0.9, −1.9)
        expect(0.9, -1.9);
        step(o);
        // s = (0.5, 2); steps 0.1·0.5/√0.5 = 0.1·1/√2 = 0.0707107
        double d = 0.1 / Math.sqrt(2);
        expect(0.9 - d, -1.9 + d);
        assertThat(o.state(theta).get("sum")).containsExactly(0.5f, 2f);
    }

    @Test
    void rmsPropFirstStepIsLearningRateOverRootOfOneMinusAlpha() {
        step(new RmsProp(List.of(theta)));
        // v = 0.01·g² = (0.0025, 0.01); √v = (0.05, 0.1); θ − 0.01·g/√v = θ − 0.01·(10, −10)
        expect(0.9, -1.9);
    }

    @Test
    void centeredRmsPropSubtractsTheSquaredMeanGradient() {
        var o = new RmsProp(List.of(theta), 0.01, 0.99, 1e-8, 0, 0.5, true);
        step(o);
        // ḡ = 0.01·g = (0.005, −0.01); v − ḡ² = (0.0025 − 0.000025, 0.01 − 0.0001)
        double ax = Math.sqrt(0.0025 - 0.000025);
        double ay = Math.sqrt(0.01 - 0.0001);
        // b = 0·b + g/avg; θ − 0.01·b
        expect(1 - 0.01 * 0.5 / ax, -2 + 0.01 * 1 / ay);
        assertThat(o.state(theta)).containsOnlyKeys("square_avg", "velocity", "grad_avg");
    }

    @Test
    void adaDeltaScalesByTheRatioOfRunningRoots() {
        var o = new AdaDelta(List.of(theta));
        step(o);
        // v = 0.1·g² = (0.025, 0.1); Δ = √(0 + 1e-6)/√(v + 1e-6)·g; θ − 1·Δ
        double dx = Math.sqrt(1e-6) / Math.sqrt(0.025 + 1e-6) * 0.5;
        double dy = Math.sqrt(1e-6) / Math.sqrt(0.1 + 1e-6) * -1;
        expect(1 - dx, -2 - dy);
        // u = 0.1·Δ²
        assertThat((double) o.state(theta).get("acc_delta")[0]).isCloseTo(0.1 * dx * dx, within(1e-12));
    }

    @Test
    void adamMovesByTheLearningRatePerStepUnderAConstantGradient() {
        var o = new Adam(List.of(theta), 0.1, 0.9, 0.999, 1e-8, 0, false);
        step(o);
        // m = 0.1·g, v = 0.001·g²; m̂ = g, v̂ = g²; θ − 0.1·g/(|g| + 1e-8) ≈ θ − 0.1·sign(g)
        expect(0.9, -1.9);
        step(o);
        // m = 0.19·g, m̂ = 0.19·g/(1 − 0.81) = g; v = 0.001999·g², v̂ = 0.001999·g²/(1 − 0.998001) = g²
        expect(0.8, -1.8);
        assertThat(o.derived(theta).get("exp_avg_hat")[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(o.derived(theta).get("exp_avg_sq_hat")[1]).isCloseTo(1f, within(1e-5f));
    }

    @Test
    void adamWeightDecayEntersTheMoments() {
        var o = new Adam(List.of(theta), 0.1, 0.9, 0.999, 1e-8, 0.1, false);
        step(o);
        // g + 0.1·θ = (0.6, −1.2); m = 0.1·(0.6, −1.2)
        assertThat(o.state(theta).get("exp_avg")[0]).isCloseTo(0.06f, within(1e-7f));
        assertThat(o.state(theta).get("exp_avg")[1]).isCloseTo(-0.12f, within(1e-7f));
    }

    @Test
    void everyRuleTreatsWeightDecayAsLambdaThetaAddedToTheGradient() {
        for (String kind : OptimizerConfig.KINDS) {
            var a = new Parameter("a", Shape.of(1), new float[] {3f});
            var b = new Parameter("b", Shape.of(1), new float[] {3f});
            var base = OptimizerConfig.defaults(kind).withLr(0.1);
            var plain = base.create(List.of(a));
            var decayed = base.with(OptimizerConfig.WEIGHT_DECAY, 0.5).create(List.of(b));
            for (int i = 0; i < 5; i++) {
                // the plain rule sees g + λθ computed by hand; the decayed rule sees g
                a.grad()[0] = 0.2f + 0.5f * a.value()[0];
                b.grad()[0] = 0.2f;
                plain.step();
                decayed.step();
                assertThat(b.value()[0]).as(kind).isEqualTo(a.value()[0]);
            }
            assertThat(b.value()[0]).as(kind).isNotEqualTo(3f);
        }
    }
}
