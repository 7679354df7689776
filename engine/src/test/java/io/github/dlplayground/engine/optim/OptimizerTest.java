package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract every rule shares: learning rate between steps, zeroGrad, state copies, reset. */
class OptimizerTest {
    private final Parameter w = new Parameter("w", Shape.of(2, 2), new float[] {1, 2, 3, 4});
    private final Parameter b = new Parameter("b", Shape.of(2), new float[] {0, 0});

    @Test
    void learningRateChangesBetweenSteps() {
        var o = new Sgd(List.of(b), 0.1);
        b.grad()[0] = 1;
        o.step();
        assertThat(b.value()[0]).isEqualTo(-0.1f);
        o.setLearningRate(0.5);
        o.step();
        assertThat(b.value()[0]).isEqualTo(-0.6f);
        assertThat(o.learningRate()).isEqualTo(0.5);
        assertThatThrownBy(() -> o.setLearningRate(Double.NaN)).hasMessageContaining("learning rate");
    }

    @Test
    void zeroGradClearsEveryParameter() {
        var o = new Adam(List.of(w, b));
        w.grad()[3] = 7;
        b.grad()[1] = 2;
        o.zeroGrad();
        assertThat(w.grad()).containsOnly(0f);
        assertThat(b.grad()).containsOnly(0f);
    }

    @Test
    void stateIsACopyPerParameter() {
        var o = new RmsProp(List.of(w, b));
        w.grad()[0] = 1;
        o.step();
        float[] squareAvg = o.state(w).get("square_avg");
        assertThat(squareAvg[0]).isEqualTo(0.01f, org.assertj.core.api.Assertions.within(1e-9f));
        squareAvg[0] = 99;
        assertThat(o.state(w).get("square_avg")[0]).isNotEqualTo(99f);
        assertThat(o.state(b).get("square_avg")).containsOnly(0f);
        assertThat(o.stepCount()).isEqualTo(1);
        assertThatThrownBy(() -> o.state(new Parameter("other", Shape.of(1))))
                .hasMessageContaining("does not optimize parameter other");
    }

    @Test
    void derivedUpdateIsTheLastChangeOfTheValues() {
        var o = new Sgd(List.of(b), 0.25);
        b.grad()[0] = 2;
        b.grad()[1] = -4;
        o.step();
        assertThat(o.derived(b).get("update")).containsExactly(-0.5f, 1f);
    }

    @Test
    void resetForgetsStateAndStepCount() {
        var o = new Adam(List.of(b), 0.1, 0.9, 0.999, 1e-8, 0, false);
        b.grad()[0] = 1;
        o.step();
        o.reset();
        assertThat(o.stepCount()).isZero();
        assertThat(o.state(b).get("exp_avg")).containsOnly(0f);
        b.value()[0] = 0;
        o.step();
        // a fresh first step of Adam moves by the learning rate again
        assertThat(b.value()[0]).isEqualTo(-0.1f, org.assertj.core.api.Assertions.within(1e-6f));
    }

    @Test
    void rejectsDuplicateAndMissingParameters() {
        assertThatThrownBy(() -> new Sgd(List.of(b, b), 0.1)).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new Sgd(List.of(), 0.1)).hasMessageContaining("no parameters");
    }
}
