package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;

/**
 * A way of computing a convolution in loops of the engine's own (rather than im2col + GEMM on a backend), with the
 * bookkeeping they share: per-chunk partial weight gradients in double, added in chunk order.
 */
interface ConvolutionLoops {
    PlaneGeometry geometry();

    /** y [N, O, OH, OW] ← convolution of x [N, C, H, W] with weight [O, C·kh·kw] and bias [O]. */
    void forward(ComputePool pool, float[] x, int n, float[] weight, float[] bias, float[] y);

    /**
     * ∂weight += Σ over samples, and ∂x [N, C, H, W] ← the input gradient when {@code dx} is not null; dy is
     * [N, O, OH, OW].
     */
    void backward(ComputePool pool, float[] x, float[] dy, int n, float[] weight, float[] weightGradient,
                  float[] dx);

    /** {@code chunks} arrays of {@code size} zeros, reusing those of {@code sums}. */
    static double[][] clearedSums(double[][] sums, int chunks, int size) {
        double[][] result = sums.length >= chunks ? sums : Arrays.copyOf(sums, chunks);
        for (int c = 0; c < chunks; c++) {
            if (result[c] == null || result[c].length != size) {
                result[c] = new double[size];
            } else {
                Arrays.fill(result[c], 0);
            }
        }
        return result;
    }

    /** sums[i] += the {@code lanes} partial sums of weight i, in lane order; then the partial sums are cleared. */
    static void flush(float[] partial, int lanes, double[] sums) {
        for (int i = 0; i < sums.length; i++) {
            double sum = 0;
            for (int j = 0; j < lanes; j++) {
                sum += partial[i * lanes + j];
            }
            sums[i] += sum;
        }
        Arrays.fill(partial, 0f);
    }

    /** target[i] += Σ over the chunks, in chunk order, of sums[chunk][i]. */
    static void addSums(double[][] sums, int chunks, float[] target) {
        for (int i = 0; i < target.length; i++) {
            double sum = 0;
            for (int c = 0; c < chunks; c++) {
                sum += sums[c][i];
            }
            target[i] += (float) sum;
        }
    }
}
