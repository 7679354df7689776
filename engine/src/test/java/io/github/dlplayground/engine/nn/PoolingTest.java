package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import io.github.dlplayground.engine.util.Rng;
import io.github.dlplayground.engine.util.Simd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PoolingTest {
    /** windowH, windowW, padH, padW, strideH, strideW, batch, C, H, W. */
    private static final int[][] VARIANTS = {
            {2, 2, 0, 0, 2, 2, 2, 3, 4, 6},
            {3, 3, 1, 1, 2, 2, 1, 2, 5, 5},
            {3, 3, 1, 1, 1, 1, 2, 1, 4, 5},
            {2, 3, 1, 1, 1, 2, 1, 2, 5, 7},
            {1, 1, 0, 0, 1, 1, 2, 2, 3, 3},
            {3, 2, 0, 1, 2, 1, 1, 1, 7, 4},
    };

    @Test
    void maxPoolBackwardMatchesNumericalGradient() {
        for (int[] v : VARIANTS) {
            var pool = new MaxPool2d(v[0], v[1], v[2], v[3], v[4], v[5]);
            GradientCheck.standard().checkLayer(pool, distinctValues(v[6], v[7], v[8], v[9]), true, () -> { }, 3);
        }
    }

    @Test
    void avgPoolBackwardMatchesNumericalGradient() {
        for (int[] v : VARIANTS) {
            var pool = new AvgPool2d(v[0], v[1], v[2], v[3], v[4], v[5]);
            GradientCheck.standard().checkLayer(pool, GradientCheck.random(new int[] {v[6], v[7], v[8], v[9]}, 2),
                    true, () -> { }, 3);
        }
    }

    @Test
    void avgPoolCountsPaddedZerosLikePyTorch() {
        // 2×2 input of ones, 3×3 window, padding 1, stride 1: every window holds 4 ones and 5 zeros → 4/9.
        var pool = new AvgPool2d(3, 3, 1, 1, 1, 1);
        Tensor y = pool.forward(new Tensor(Shape.of(1, 1, 2, 2), new float[] {1, 1, 1, 1}), false);
        assertThat(y.data()).containsOnly(4f / 9f);
    }

    @Test
    void maxPoolTakesTheMaximumAndIgnoresPadding() {
        var pool = new MaxPool2d(2, 2, 1, 1, 2, 2);
        Tensor x = new Tensor(Shape.of(1, 1, 3, 3), new float[] {-1, -2, -3, -4, -5, -6, -7, -8, -9});
        Tensor y = pool.forward(x, false);
        assertThat(y.shape()).isEqualTo(Shape.of(1, 1, 2, 2));
        assertThat(y.data()).containsExactly(-1, -2, -4, -5);
        Tensor dx = pool.backward(new Tensor(Shape.of(1, 1, 2, 2), new float[] {1, 2, 3, 4}));
        assertThat(dx.data()).containsExactly(1, 2, 0, 3, 4, 0, 0, 0, 0);
    }

    @Test
    void maxPoolRoutesTiesToTheFirstMaximum() {
        var pool = new MaxPool2d(2, 2);
        pool.forward(new Tensor(Shape.of(1, 1, 2, 2), new float[] {5, 5, 5, 5}), true);
        Tensor dx = pool.backward(new Tensor(Shape.of(1, 1, 1, 1), new float[] {1}));
        assertThat(dx.data()).containsExactly(1, 0, 0, 0);
    }

    @ParameterizedTest(name = "vector loops: {0}")
    @ValueSource(booleans = {true, false})
    void maxPoolOfHalvesFollowsThePlainRuleOnSpecialValues(boolean vector) {
        if (vector) {
            assumeTrue(Simd.available(), "the Vector API loops need --add-modules " + Simd.MODULE);
        }
        float[] special = {0f, -0f, 1f, -1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 2.5f};
        var rng = new io.github.dlplayground.engine.util.Rng(5);
        Tensor x = Tensor.zeros(3, 2, 6, 8);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.nextFloat() < 0.5f ? special[rng.nextInt(special.length)] : rng.nextInt(3) - 1f;
        }
        var pool = new MaxPool2d(2, 2);
        pool.useVectorLoops(vector);
        float[] y = pool.forward(x, true).data().clone();
        float[] dy = new float[y.length];
        for (int i = 0; i < dy.length; i++) {
            dy[i] = i + 1;
        }
        float[] dx = pool.backward(new Tensor(Shape.of(3, 2, 3, 4), dy)).data();
        for (int plane = 0; plane < 6; plane++) {
            for (int oy = 0; oy < 3; oy++) {
                for (int ox = 0; ox < 4; ox++) {
                    int best = plane * 48 + 2 * oy * 8 + 2 * ox;
                    float max = x.data()[best];
                    for (int k = 1; k < 4; k++) {
                        int at = plane * 48 + (2 * oy + k / 2) * 8 + 2 * ox + k % 2;
                        float v = x.data()[at];
                        if (v > max || Float.isNaN(v)) {
                            max = v;
                            best = at;
                        }
                    }
                    int o = plane * 12 + oy * 4 + ox;
                    assertThat(Float.floatToRawIntBits(y[o])).as("value at %d", o).isEqualTo(Float.floatToRawIntBits(max));
                    assertThat(dx[best]).as("gradient routed to %d", best).isEqualTo(dy[o]);
                }
            }
        }
    }

    @Test
    void strideDefaultsToTheWindow() {
        assertThat(new MaxPool2d(2, 2).outputShape(Shape.of(6, 28, 28))).isEqualTo(Shape.of(6, 14, 14));
        assertThat(new AvgPool2d(2, 2).describe()).isEqualTo("AvgPool2d(2×2)");
        assertThat(new MaxPool2d(3, 3, 1, 1, 2, 2).describe()).isEqualTo("MaxPool2d(3×3, pad 1, stride 2)");
    }

    @Test
    void rejectsBadConfigurationsWithClearMessages() {
        assertThatThrownBy(() -> new MaxPool2d(2, 2, 2, 0, 2, 2))
                .hasMessage("MaxPool2d(2×2, pad 2×0): padding 2×0 is more than half the 2×2 window; "
                        + "use padding of at most 1×1");
        assertThatThrownBy(() -> new AvgPool2d(2, 2, 0, 0, 2, -1))
                .hasMessageStartingWith("AvgPool2d(2×2, stride 2×-1): the stride must be at least 1");
        assertThatThrownBy(() -> new MaxPool2d(5, 5).forward(Tensor.zeros(1, 1, 3, 3), false))
                .hasMessage("MaxPool2d(5×5): the 5×5 window is larger than the padded input 3×3 (input 1×3×3, "
                        + "padding 0×0); use a window of at most 3×3, more padding, or a larger input");
    }

    /** Values a shuffled 0.1 apart, so that no perturbation of ±ε changes which value is the maximum. */
    private static Tensor distinctValues(int n, int c, int h, int w) {
        Tensor t = Tensor.zeros(n, c, h, w);
        float[] x = t.data();
        var rng = new Rng(17);
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.1f * i - 0.05f * x.length;
        }
        for (int i = x.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            float tmp = x[i];
            x[i] = x[j];
            x[j] = tmp;
        }
        return t;
    }
}
