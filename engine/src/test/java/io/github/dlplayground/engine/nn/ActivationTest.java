package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class ActivationTest {
    @Test
    void backwardMatchesNumericalGradient() {
        for (Layer layer : List.of(new Relu(), new LeakyRelu(0.1), new Sigmoid(), new Tanh())) {
            GradientCheck.standard().checkLayer(layer, awayFromZero(new int[] {3, 2, 5, 3}), true, () -> { }, 4);
            GradientCheck.standard().checkLayer(layer, awayFromZero(new int[] {7, 1}), true, () -> { }, 5);
        }
    }

    @Test
    void computeTheirDefinitions() {
        Tensor x = new Tensor(Shape.of(1, 4), new float[] {-2, 0, 0.5f, 3});
        assertThat(new Relu().forward(x, false).data()).containsExactly(0, 0, 0.5f, 3);
        assertThat(new LeakyRelu(0.01).forward(x, false).data()).containsExactly(-0.02f, 0, 0.5f, 3);
        float[] s = new Sigmoid().forward(x, false).data();
        assertThat(s[1]).isEqualTo(0.5f);
        assertThat(s[3]).isCloseTo((float) (1 / (1 + Math.exp(-3))), offset(1e-7f));
        assertThat(new Tanh().forward(x, false).data()[0]).isCloseTo((float) Math.tanh(-2), offset(1e-7f));
    }

    @Test
    void reluGradientAtZeroIsZeroAsInPyTorch() {
        var relu = new Relu();
        relu.forward(new Tensor(Shape.of(1, 3), new float[] {-1, 0, 1}), true);
        assertThat(relu.backward(new Tensor(Shape.of(1, 3), new float[] {1, 1, 1})).data()).containsExactly(0, 0, 1);
    }

    @Test
    void sigmoidSaturatesWithoutNaN() {
        Tensor y = new Sigmoid().forward(new Tensor(Shape.of(1, 2), new float[] {-1e4f, 1e4f}), false);
        assertThat(y.data()).containsExactly(0f, 1f);
    }

    @Test
    void rejectsANonFiniteSlope() {
        assertThatThrownBy(() -> new LeakyRelu(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LeakyReLU");
    }

    /** Uniform values with |x| ≥ 0.05, away from the kinks of ReLU at 0. */
    private static Tensor awayFromZero(int[] dims) {
        Tensor t = GradientCheck.random(dims, 31);
        float[] x = t.data();
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] >= 0 ? x[i] + 0.05f : x[i] - 0.05f;
        }
        return t;
    }
}
