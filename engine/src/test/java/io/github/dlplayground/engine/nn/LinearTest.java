package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import io.github.dlplayground.engine.testing.TestBackends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearTest {
    @ParameterizedTest
    @ValueSource(strings = {"java", "openblas", "jblas"})
    void backwardMatchesNumericalGradient(String backend) {
        int[][] shapes = {{4, 5, 3}, {1, 1, 1}, {7, 13, 2}, {1, 9, 11}};
        for (int[] s : shapes) {
            var layer = new Linear(s[1], s[2]);
            layer.useBackend(TestBackends.require(backend));
            GradientCheck.standard().checkLayer(layer, GradientCheck.random(new int[] {s[0], s[1]}, 11), false,
                    () -> { }, 21);
        }
    }

    @Test
    void forwardComputesXTimesWTransposedPlusBias() {
        var layer = new Linear(2, 3);
        System.arraycopy(new float[] {1, 2, 3, 4, 5, 6}, 0, layer.weight().value(), 0, 6);
        System.arraycopy(new float[] {0.5f, -1, 0}, 0, layer.bias().value(), 0, 3);
        Tensor y = layer.forward(new Tensor(Shape.of(2, 2), new float[] {1, 1, 2, -1}), true);
        assertThat(y.shape()).isEqualTo(Shape.of(2, 3));
        assertThat(y.data()).containsExactly(3.5f, 6f, 11f, 0.5f, 1f, 4f);
        assertThat(layer.lastOutput()).isSameAs(y);
    }

    @Test
    void backwardAccumulatesParameterGradients() {
        var layer = new Linear(3, 2);
        Tensor x = GradientCheck.random(new int[] {4, 3}, 1);
        Tensor dy = GradientCheck.random(new int[] {4, 2}, 2);
        layer.forward(x, true);
        layer.backward(dy);
        float[] once = layer.weight().grad().clone();
        layer.forward(x, true);
        layer.backward(dy);
        for (int i = 0; i < once.length; i++) {
            assertThat(layer.weight().grad()[i]).isCloseTo(2 * once[i], org.assertj.core.data.Offset.offset(1e-6f));
        }
        assertThat(layer.lastOutputGradient()).isSameAs(dy);
    }

    @Test
    void skipsTheInputGradientWhenNotNeeded() {
        var layer = new Linear(3, 2);
        layer.computeInputGradient(false);
        layer.forward(GradientCheck.random(new int[] {4, 3}, 1), true);
        assertThat(layer.backward(GradientCheck.random(new int[] {4, 2}, 2))).isNull();
        assertThat(layer.weight().grad()).isNotEqualTo(new float[6]);
    }

    @Test
    void reusesItsOutputBufferWhileTheBatchShapeStays() {
        var layer = new Linear(3, 2);
        Tensor first = layer.forward(GradientCheck.random(new int[] {4, 3}, 1), false);
        Tensor second = layer.forward(GradientCheck.random(new int[] {4, 3}, 2), false);
        Tensor third = layer.forward(GradientCheck.random(new int[] {5, 3}, 3), false);
        assertThat(second).isSameAs(first);
        assertThat(third.shape()).isEqualTo(Shape.of(5, 2));
    }

    @Test
    void countsParametersAndFlops() {
        var layer = new Linear(784, 256);
        assertThat(layer.parameterCount()).isEqualTo(784 * 256 + 256);
        assertThat(layer.flops(Shape.of(784))).isEqualTo(2L * 784 * 256 + 256);
        assertThat(layer.weight().shape()).isEqualTo(Shape.of(256, 784));
        assertThat(layer.bias().shape()).isEqualTo(Shape.of(256));
    }

    @Test
    void rejectsInputOfTheWrongSizeNamingTheFix() {
        var layer = new Linear(784, 10);
        assertThatThrownBy(() -> layer.outputShape(Shape.of(1, 28, 28)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear(784→10) expects 784 input features per sample, got 1×28×28: "
                        + "add a Flatten layer before it");
        assertThatThrownBy(() -> layer.forward(Tensor.zeros(8, 400), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear(784→10) expects 784 input features per sample, got 400: "
                        + "set its input size to 400");
        assertThatThrownBy(() -> new Linear(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Linear(0→3)");
    }
}
