package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import io.github.dlplayground.engine.util.Rng;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class DropoutTest {
    @Test
    void keepsTheExpectedMeanAndDropsAboutP() {
        var dropout = new Dropout(0.3);
        Tensor x = Tensor.zeros(200, 1000);
        java.util.Arrays.fill(x.data(), 2f);
        float[] y = dropout.forward(x, true).data();
        double sum = 0;
        int zeros = 0;
        for (float v : y) {
            sum += v;
            zeros += v == 0f ? 1 : 0;
        }
        // 200 000 Bernoulli draws: the standard error of the kept fraction is about 0.001.
        assertThat(sum / y.length).isCloseTo(2.0, offset(0.01));
        assertThat(zeros / (double) y.length).isCloseTo(0.3, offset(0.005));
        assertThat(y).contains(2f / 0.7f);
    }

    @Test
    void isTheIdentityInInference() {
        var dropout = new Dropout(0.5);
        Tensor x = GradientCheck.random(new int[] {4, 5}, 1);
        assertThat(dropout.forward(x, false)).isSameAs(x);
    }

    @Test
    void sameSeedGivesTheSameMasksAndNewPassesNewMasks() {
        Tensor x = GradientCheck.random(new int[] {8, 50}, 1);
        var a = new Dropout(0.5);
        var b = new Dropout(0.5);
        a.initialize(Init.pytorchDefault(), new Rng(42));
        b.initialize(Init.pytorchDefault(), new Rng(42));
        float[] first = a.forward(x, true).data().clone();
        assertThat(b.forward(x, true).data()).containsExactly(first);
        assertThat(a.forward(x, true).data()).isNotEqualTo(first);
    }

    @Test
    void backwardMatchesNumericalGradientForAFixedMask() {
        var dropout = new Dropout(0.4);
        GradientCheck.standard().checkLayer(dropout, GradientCheck.random(new int[] {3, 17}, 2), true,
                () -> dropout.initialize(Init.pytorchDefault(), new Rng(7)), 3);
    }

    @Test
    void rejectsPOutsideZeroToOne() {
        assertThatThrownBy(() -> new Dropout(1.0)).hasMessage("Dropout(p=1.0): p is the probability of dropping "
                + "a value and must be in [0, 1); choose e.g. 0.5 (p = 1 would drop everything)");
        assertThatThrownBy(() -> new Dropout(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dropout(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
