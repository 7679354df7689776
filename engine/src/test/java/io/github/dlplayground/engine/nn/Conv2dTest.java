package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import io.github.dlplayground.engine.testing.TestBackends;
import io.github.dlplayground.engine.util.Simd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class Conv2dTest {
    /**
     * in, out, kh, kw, padH, padW, strideH, strideW, batch, H, W: padding (also wider than the kernel), stride,
     * channels, 1×1, asymmetric.
     */
    private static final int[][] VARIANTS = {
            {1, 1, 3, 3, 0, 0, 1, 1, 2, 5, 5},
            {2, 3, 3, 3, 1, 1, 1, 1, 2, 4, 6},
            {3, 2, 3, 3, 1, 1, 2, 2, 2, 7, 5},
            {2, 4, 1, 1, 0, 0, 1, 1, 3, 3, 4},
            {1, 2, 2, 3, 1, 0, 1, 2, 2, 5, 7},
            {2, 2, 5, 5, 2, 2, 1, 1, 1, 6, 6},
            {1, 3, 3, 2, 0, 1, 3, 2, 2, 8, 5},
            {1, 1, 4, 4, 0, 0, 1, 1, 1, 4, 4},
            {2, 3, 2, 2, 2, 1, 1, 1, 2, 4, 5},
    };

    @ParameterizedTest
    @ValueSource(strings = {"java", "openblas", "jblas"})
    void backwardMatchesNumericalGradient(String backend) {
        for (int[] v : VARIANTS) {
            var conv = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            conv.useBackend(TestBackends.require(backend));
            Tensor x = GradientCheck.random(new int[] {v[8], v[0], v[9], v[10]}, 5);
            GradientCheck.standard().checkLayer(conv, x, true, () -> { }, 9);
        }
    }

    @Test
    void forwardMatchesDirectCrossCorrelation() {
        for (int[] v : VARIANTS) {
            var conv = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            Tensor x = GradientCheck.random(new int[] {v[8], v[0], v[9], v[10]}, 3);
            Tensor y = conv.forward(x, false);
            assertThat(y.shape()).isEqualTo(Shape.of(v[8], v[1], (v[9] + 2 * v[4] - v[2]) / v[6] + 1,
                    (v[10] + 2 * v[5] - v[3]) / v[7] + 1));
            assertClose(y, direct(conv, x, v), conv.describe());
        }
    }

    @Test
    void batchesSplitIntoBlocksGiveTheSameResultAndGradients() {
        int[] v = VARIANTS[2];
        Tensor x = GradientCheck.random(new int[] {5, v[0], v[9], v[10]}, 4);
        var whole = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        var chunked = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        chunked.limitColumnBuffer(27 * 12 * 2);
        Tensor dy = GradientCheck.random(whole.forward(x, true).shape().dims(), 6);
        Tensor dxWhole = whole.backward(dy).copy();
        assertClose(chunked.forward(x, true), whole.forward(x, true), "forward in blocks");
        assertClose(chunked.backward(dy), dxWhole, "input gradient in blocks");
        GradientCheck.standard().checkLayer(chunked, x, true, () -> { }, 8);
    }

    @ParameterizedTest
    @EnumSource(value = Conv2d.Method.class, names = {"SIMD", "INTERLEAVED", "DIRECT", "GEMM"})
    void everyMethodMatchesTheDefinitionAndTheNumericalGradient(Conv2d.Method method) {
        assumeSimdWhenAsked(method);
        for (int[] v : VARIANTS) {
            if (method != Conv2d.Method.GEMM && (v[6] != 1 || v[7] != 1)) {
                continue;
            }
            var conv = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            conv.useMethod(method);
            Tensor x = GradientCheck.random(new int[] {v[8], v[0], v[9], v[10]}, 3);
            assertClose(conv.forward(x, false), direct(conv, x, v), conv.describe() + " " + method);
            GradientCheck.standard().checkLayer(conv, x, true, () -> { }, 9);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Conv2d.Method.class, names = {"SIMD", "INTERLEAVED", "DIRECT"})
    void loopsAndGemmGiveTheSameGradientsWithAndWithoutTheInputGradient(Conv2d.Method method) {
        assumeSimdWhenAsked(method);
        var x = GradientCheck.random(new int[] {7, 2, 9, 8}, 11);
        var layers = new Conv2d[4];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = new Conv2d(2, 5, 3, 4, 1, 2, 1, 1);
            layers[i].useMethod(i % 2 == 0 ? method : Conv2d.Method.GEMM);
            layers[i].computeInputGradient(i < 2);
        }
        Tensor dy = GradientCheck.random(layers[0].forward(x, true).shape().dims(), 12);
        Tensor dxLoops = layers[0].backward(dy).copy();
        layers[1].forward(x, true);
        assertClose(layers[1].backward(dy), dxLoops, "input gradient, GEMM against " + method);
        for (int i = 2; i < layers.length; i++) {
            layers[i].forward(x, true);
            assertThat(layers[i].backward(dy)).isNull();
        }
        for (int i = 1; i < layers.length; i++) {
            // Sums over every sample and position, in lanes as wide as the CPU's vectors: within 1e-5 of the scale.
            assertCloseToScale(layers[i].weight().grad(), layers[0].weight().grad(), "weight gradient " + i);
            assertCloseToScale(layers[i].bias().grad(), layers[0].bias().grad(), "bias gradient " + i);
        }
    }

    /** LeNet's two convolutions on a batch that spans several chunks, groups and ∂W flushes, against GEMM. */
    @ParameterizedTest
    @EnumSource(value = Conv2d.Method.class, names = {"SIMD", "INTERLEAVED"})
    void vectorLoopsMatchGemmOnLenetShapesOverManySamples(Conv2d.Method method) {
        assumeSimdWhenAsked(method);
        int[][] shapes = {{1, 6, 2, 28}, {6, 16, 0, 14}};
        for (int[] c : shapes) {
            Tensor x = GradientCheck.random(new int[] {37, c[0], c[3], c[3]}, 21);
            var loops = new Conv2d(c[0], c[1], 5, 5, c[2], c[2], 1, 1);
            var gemm = new Conv2d(c[0], c[1], 5, 5, c[2], c[2], 1, 1);
            loops.useMethod(method);
            gemm.useMethod(Conv2d.Method.GEMM);
            Tensor expected = gemm.forward(x, true).copy();
            assertCloseToScale(loops.forward(x, true).data(), expected.data(), loops.describe() + " forward");
            Tensor dy = GradientCheck.random(expected.shape().dims(), 22);
            Tensor dx = gemm.backward(dy).copy();
            assertCloseToScale(loops.backward(dy).data(), dx.data(), loops.describe() + " input gradient");
            assertCloseToScale(loops.weight().grad(), gemm.weight().grad(), loops.describe() + " weight gradient");
        }
    }

    /**
     * Runs that start in the interpreter and end in compiled code give the same bits (the loops fix every
     * summation order, including the per-lane partial sums of ∂W).
     */
    @ParameterizedTest
    @EnumSource(value = Conv2d.Method.class, names = {"SIMD", "INTERLEAVED", "DIRECT"})
    void repeatedRunsGiveBitIdenticalResults(Conv2d.Method method) {
        assumeSimdWhenAsked(method);
        Tensor x = GradientCheck.random(new int[] {19, 3, 9, 9}, 31);
        float[][] first = null;
        for (int run = 0; run < 60; run++) {
            var conv = new Conv2d(3, 5, 3, 3, 1, 1, 1, 1);
            conv.useMethod(method);
            Tensor y = conv.forward(x, true);
            Tensor dy = GradientCheck.random(y.shape().dims(), 32);
            float[][] results = {y.data().clone(), conv.backward(dy).data().clone(), conv.weight().grad().clone(),
                conv.bias().grad().clone()};
            if (first == null) {
                first = results;
            }
            for (int r = 0; r < results.length; r++) {
                assertThat(results[r]).as("run %d, result %d", run, r).containsExactly(first[r]);
            }
        }
    }

    /** Backward after an inference forward gives what backward after a training forward does. */
    @ParameterizedTest
    @EnumSource(value = Conv2d.Method.class, names = {"SIMD", "INTERLEAVED"})
    void backwardAfterAnInferenceForwardMatchesTheTrainingOne(Conv2d.Method method) {
        assumeSimdWhenAsked(method);
        Tensor x = GradientCheck.random(new int[] {19, 3, 9, 9}, 41);
        var kept = new Conv2d(3, 5, 3, 3, 1, 1, 1, 1);
        var gatheredAgain = new Conv2d(3, 5, 3, 3, 1, 1, 1, 1);
        kept.useMethod(method);
        gatheredAgain.useMethod(method);
        Tensor dy = GradientCheck.random(kept.forward(x, true).shape().dims(), 42);
        gatheredAgain.forward(x, false);
        assertThat(gatheredAgain.backward(dy).data()).containsExactly(kept.backward(dy).data());
        assertThat(gatheredAgain.weight().grad()).containsExactly(kept.weight().grad());
    }

    private static void assumeSimdWhenAsked(Conv2d.Method method) {
        if (method == Conv2d.Method.SIMD || method == Conv2d.Method.INTERLEAVED) {
            assumeTrue(Simd.available(), "the Vector API loops need --add-modules " + Simd.MODULE);
        }
    }

    @Test
    void backwardAfterAnInferenceForwardUnfoldsTheColumnsAgain() {
        int[] v = VARIANTS[2];
        Tensor x = GradientCheck.random(new int[] {4, v[0], v[9], v[10]}, 13);
        var kept = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        var unfoldedAgain = new Conv2d(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        Tensor dy = GradientCheck.random(kept.forward(x, true).shape().dims(), 14);
        unfoldedAgain.forward(x, false);
        assertThat(unfoldedAgain.backward(dy).data()).containsExactly(kept.backward(dy).data());
        assertThat(unfoldedAgain.weight().grad()).containsExactly(kept.weight().grad());
    }

    @Test
    void convolvesTheBooksExample() {
        // d2l 6.2: X = [[0,1,2],[3,4,5],[6,7,8]], K = [[0,1],[2,3]] → [[19,25],[37,43]].
        var conv = new Conv2d(1, 1, 2, 2, 0, 0, 1, 1);
        System.arraycopy(new float[] {0, 1, 2, 3}, 0, conv.weight().value(), 0, 4);
        conv.bias().value()[0] = 0f;
        Tensor y = conv.forward(new Tensor(Shape.of(1, 1, 3, 3), new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8}), false);
        assertThat(y.data()).containsExactly(19, 25, 37, 43);
    }

    @Test
    void countsParametersAndFlops() {
        var conv = new Conv2d(1, 6, 5, 5, 2, 2, 1, 1);
        assertThat(conv.parameterCount()).isEqualTo(6 * 25 + 6);
        assertThat(conv.outputShape(Shape.of(1, 28, 28))).isEqualTo(Shape.of(6, 28, 28));
        assertThat(conv.flops(Shape.of(1, 28, 28))).isEqualTo(6L * 28 * 28 * (2 * 25 + 1));
        assertThat(conv.weight().shape()).isEqualTo(Shape.of(6, 1, 5, 5));
        assertThat(conv.describe()).isEqualTo("Conv2d(1→6, 5×5, pad 2)");
    }

    @Test
    void rejectsBadConfigurationsWithClearMessages() {
        assertThatThrownBy(() -> new Conv2d(1, 6, 5, 5, 0, 0, 0, 1))
                .hasMessage("Conv2d(1→6, 5×5, stride 0×1): the stride must be at least 1 in both directions, "
                        + "got 0×1; use 1 to move the kernel one pixel at a time");
        assertThatThrownBy(() -> new Conv2d(1, 6, 5, 5, -1, 0, 1, 1))
                .hasMessage("Conv2d(1→6, 5×5, pad -1×0): padding must not be negative, got -1×0; "
                        + "use 0 for no padding");
        var conv = new Conv2d(3, 6, 5, 5, 0, 0, 1, 1);
        assertThatThrownBy(() -> conv.outputShape(Shape.of(1, 28, 28)))
                .hasMessage("Conv2d(3→6, 5×5) expects 3 input channels, got images 1×28×28: "
                        + "set its input channels to 1");
        assertThatThrownBy(() -> conv.forward(Tensor.zeros(2, 3, 4, 4), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Conv2d(3→6, 5×5): the 5×5 kernel is larger than the padded input 4×4 "
                        + "(input 3×4×4, padding 0×0); use a kernel of at most 4×4, more padding, or a larger input");
        assertThatThrownBy(() -> conv.outputShape(Shape.of(784)))
                .hasMessage("Conv2d(3→6, 5×5) expects images C×H×W per sample, got 784: "
                        + "remove the Flatten before it");
    }

    /** y[n,o,oy,ox] = b[o] + Σ W[o,c,i,j]·x[n,c,oy·sh−ph+i,ox·sw−pw+j], straight from the definition. */
    private static Tensor direct(Conv2d conv, Tensor x, int[] v) {
        int n = v[8];
        int c = v[0];
        int h = v[9];
        int w = v[10];
        int outH = (h + 2 * v[4] - v[2]) / v[6] + 1;
        int outW = (w + 2 * v[5] - v[3]) / v[7] + 1;
        Tensor y = Tensor.zeros(n, v[1], outH, outW);
        for (int s = 0; s < n; s++) {
            for (int o = 0; o < v[1]; o++) {
                for (int oy = 0; oy < outH; oy++) {
                    for (int ox = 0; ox < outW; ox++) {
                        double sum = conv.bias().value()[o];
                        for (int ci = 0; ci < c; ci++) {
                            for (int i = 0; i < v[2]; i++) {
                                for (int j = 0; j < v[3]; j++) {
                                    int iy = oy * v[6] - v[4] + i;
                                    int ix = ox * v[7] - v[5] + j;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                        sum += conv.weight().value()[((o * c + ci) * v[2] + i) * v[3] + j]
                                                * x.get(s, ci, iy, ix);
                                    }
                                }
                            }
                        }
                        y.set((float) sum, s, o, oy, ox);
                    }
                }
            }
        }
        return y;
    }

    /** Within 1e-5 of the largest |expected| value: sums over thousands of products differ in float rounding. */
    private static void assertCloseToScale(float[] actual, float[] expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        float scale = 0f;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("%s at %d", what, i).isCloseTo(expected[i], offset(1e-5f * scale));
        }
    }

    private static void assertClose(Tensor actual, Tensor expected, String what) {
        assertThat(actual.shape()).as(what).isEqualTo(expected.shape());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.data()[i]).as("%s at %d", what, i).isCloseTo(expected.data()[i], offset(1e-5f));
        }
    }
}
