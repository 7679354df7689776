package io.github.dlplayground.app.lesson.activations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ActivationCurvesTest {
    @Test
    void reluDerivativeAtZeroIsZeroAsTheBookStates() {
        var at = ActivationCurves.at(ActivationKind.RELU, 0, -1, 0, 1e-6, 2);
        assertThat(at.derivative()).containsExactly(0.0, 0.0, 1.0, 1.0);
        assertThat(at.y()).containsExactly(new double[] {0, 0, 1e-6, 2}, within(1e-9));
    }

    @Test
    void derivativesMatchTheirFormulas() {
        var sigmoid = ActivationCurves.at(ActivationKind.SIGMOID, 0, 0, 2);
        assertThat(sigmoid.derivative()[0]).isCloseTo(0.25, within(1e-6));
        double s2 = 1 / (1 + Math.exp(-2));
        assertThat(sigmoid.derivative()[1]).isCloseTo(s2 * (1 - s2), within(1e-6));
        var tanh = ActivationCurves.at(ActivationKind.TANH, 0, 0.5);
        assertThat(tanh.derivative()[0]).isCloseTo(1 - Math.pow(Math.tanh(0.5), 2), within(1e-6));
        var leaky = ActivationCurves.at(ActivationKind.LEAKY_RELU, 0.2, -3, 3);
        assertThat(leaky.y()[0]).isCloseTo(-0.6, within(1e-6));
        assertThat(leaky.derivative()).containsExactly(0.2f, 1.0);
    }

    @Test
    void gradientThroughStackedSigmoidsShrinksButNotThroughRelu() {
        double[] sigmoid = ActivationCurves.chainGradients(ActivationKind.SIGMOID, 0, 1, 10);
        double[] relu = ActivationCurves.chainGradients(ActivationKind.RELU, 0, 1, 10);
        for (int d = 1; d < 10; d++) {
            assertThat(sigmoid[d]).isLessThan(sigmoid[d - 1] * 0.26);
        }
        assertThat(sigmoid[9]).isLessThan(Math.pow(0.25, 10)).isPositive();
        assertThat(relu).containsOnly(1.0);
        assertThat(ActivationCurves.chainGradients(ActivationKind.RELU, 0, -1, 3)).containsOnly(0.0);
        // one layer: sigmoid′(1) = σ(1)(1 − σ(1))
        double s1 = 1 / (1 + Math.exp(-1));
        assertThat(sigmoid[0]).isCloseTo(s1 * (1 - s1), within(1e-6));
    }

    @Test
    void explorerModelRefusesImpossibleDepths() {
        var model = new ActivationExplorerModel();
        model.setDepth(30);
        assertThat(model.chain(ActivationKind.SIGMOID)).hasSize(30);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.setDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 30");
    }
}
