package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class BatchNormTest {
    @Test
    void backwardMatchesNumericalGradientWithBatchStatistics() {
        for (int[] dims : new int[][] {{5, 3}, {2, 3, 4, 5}, {3, 1, 1, 1}}) {
            var norm = randomAffine(new BatchNorm(dims[1]));
            GradientCheck.standard().checkLayer(norm, GradientCheck.random(dims, 7), true, () -> { }, 8);
        }
    }

    @Test
    void backwardMatchesNumericalGradientWithRunningStatistics() {
        var norm = randomAffine(new BatchNorm(3));
        norm.forward(GradientCheck.random(new int[] {6, 3, 2, 2}, 1), true);
        GradientCheck.standard().checkLayer(norm, GradientCheck.random(new int[] {2, 3, 2, 2}, 2), false,
                () -> { }, 3);
    }

    @Test
    void normalisesEachChannelAndUpdatesRunningStatisticsAsPyTorch() {
        var norm = new BatchNorm(2);
        // Feature 0: 1, 2, 3, 4 (mean 2.5, biased variance 1.25, unbiased 5/3); feature 1 constant 7.
        Tensor x = new Tensor(Shape.of(4, 2), new float[] {1, 7, 2, 7, 3, 7, 4, 7});
        float[] y = norm.forward(x, true).data();
        float invStd = (float) (1 / Math.sqrt(1.25 + 1e-5));
        assertThat(y[0]).isCloseTo(-1.5f * invStd, offset(1e-6f));
        assertThat(y[6]).isCloseTo(1.5f * invStd, offset(1e-6f));
        assertThat(y[1]).isZero();
        assertThat(norm.runningMean()[0]).isCloseTo(0.25f, offset(1e-7f));
        assertThat(norm.runningVariance()[0]).isCloseTo(0.9f + 0.1f * 5f / 3f, offset(1e-6f));
        assertThat(norm.runningMean()[1]).isCloseTo(0.7f, offset(1e-6f));
        assertThat(norm.runningVariance()[1]).isCloseTo(0.9f, offset(1e-7f));
        float[] inference = norm.forward(x, false).data();
        assertThat(inference[0]).isCloseTo((float) ((1 - 0.25) / Math.sqrt(norm.runningVariance()[0] + 1e-5)),
                offset(1e-6f));
    }

    @Test
    void rejectsMismatchedInputsAndSingleValueBatches() {
        assertThatThrownBy(() -> new BatchNorm(6).outputShape(Shape.of(16, 5, 5)))
                .hasMessage("BatchNorm(6) expects 6 features (F) or channels (C×H×W) per sample, got 16×5×5: "
                        + "set its size to 16");
        assertThatThrownBy(() -> new BatchNorm(3).forward(Tensor.zeros(1, 3), true))
                .hasMessage("BatchNorm(3) needs more than one value per channel in training, got input 1×3: "
                        + "use minibatches of at least 2 examples (when only the last minibatch is that small, "
                        + "change the number of training images so that it is not one more than a multiple of the "
                        + "batch size)");
        assertThatThrownBy(() -> new BatchNorm(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** γ and β away from 1 and 0, so that the check covers their role in ∂x too. */
    private static BatchNorm randomAffine(BatchNorm norm) {
        float[] g = norm.weight().value();
        float[] b = norm.bias().value();
        for (int c = 0; c < g.length; c++) {
            g[c] = 0.5f + 0.3f * c;
            b[c] = 0.2f - 0.1f * c;
        }
        return norm;
    }
}
