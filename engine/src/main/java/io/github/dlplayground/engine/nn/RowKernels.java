package io.github.dlplayground.engine.nn;

/**
 * Loops over whole rows that HotSpot's C2 compiler turns into SIMD code: every array is read and written at the
 * same index p, one array is stored to, and the body is short (longer bodies, or arrays indexed with different
 * offsets, stay scalar on JDK 17 — about 8× slower). Layers lay their data out so that these loops apply.
 */
final class RowKernels {
    private RowKernels() {
    }

    /**
     * out[p] += Σ_r w[wFrom + r·wStride]·rows[rowFrom + r][p] over r in [0, count), p in [0, length): five rows
     * per pass over out, added in the order of r.
     */
    static void weightedSum(float[] out, float[] w, int wFrom, int wStride, float[][] rows, int rowFrom, int count,
                            int length) {
        int r = 0;
        for (; r + 5 <= count; r += 5) {
            int at = wFrom + r * wStride;
            weightedSum5(out, w[at], w[at + wStride], w[at + 2 * wStride], w[at + 3 * wStride], w[at + 4 * wStride],
                    rows[rowFrom + r], rows[rowFrom + r + 1], rows[rowFrom + r + 2], rows[rowFrom + r + 3],
                    rows[rowFrom + r + 4], length);
        }
        int rest = count - r;
        int at = wFrom + r * wStride;
        int row = rowFrom + r;
        if (rest == 4) {
            weightedSum4(out, w[at], w[at + wStride], w[at + 2 * wStride], w[at + 3 * wStride], rows[row],
                    rows[row + 1], rows[row + 2], rows[row + 3], length);
        } else if (rest == 3) {
            weightedSum3(out, w[at], w[at + wStride], w[at + 2 * wStride], rows[row], rows[row + 1], rows[row + 2],
                    length);
        } else if (rest == 2) {
            weightedSum2(out, w[at], w[at + wStride], rows[row], rows[row + 1], length);
        } else if (rest == 1) {
            weightedSum1(out, w[at], rows[row], length);
        }
    }

    private static void weightedSum5(float[] out, float w0, float w1, float w2, float w3, float w4, float[] x0,
                                     float[] x1, float[] x2, float[] x3, float[] x4, int length) {
        for (int p = 0; p < length; p++) {
            out[p] += w0 * x0[p] + w1 * x1[p] + w2 * x2[p] + w3 * x3[p] + w4 * x4[p];
        }
    }

    private static void weightedSum4(float[] out, float w0, float w1, float w2, float w3, float[] x0, float[] x1,
                                     float[] x2, float[] x3, int length) {
        for (int p = 0; p < length; p++) {
            out[p] += w0 * x0[p] + w1 * x1[p] + w2 * x2[p] + w3 * x3[p];
        }
    }

    private static void weightedSum3(float[] out, float w0, float w1, float w2, float[] x0, float[] x1, float[] x2,
                                     int length) {
        for (int p = 0; p < length; p++) {
            out[p] += w0 * x0[p] + w1 * x1[p] + w2 * x2[p];
        }
    }

    private static void weightedSum2(float[] out, float w0, float w1, float[] x0, float[] x1, int length) {
        for (int p = 0; p < length; p++) {
            out[p] += w0 * x0[p] + w1 * x1[p];
        }
    }

    private static void weightedSum1(float[] out, float w0, float[] x0, int length) {
        for (int p = 0; p < length; p++) {
            out[p] += w0 * x0[p];
        }
    }

    /** out[p] += Σ_r rows[rowFrom + r][p] over r in [0, count), p in [0, length): five rows per pass. */
    static void sum(float[] out, float[][] rows, int rowFrom, int count, int length) {
        int r = 0;
        for (; r + 5 <= count; r += 5) {
            sum5(out, rows[rowFrom + r], rows[rowFrom + r + 1], rows[rowFrom + r + 2], rows[rowFrom + r + 3],
                    rows[rowFrom + r + 4], length);
        }
        for (; r < count; r++) {
            float[] x = rows[rowFrom + r];
            for (int p = 0; p < length; p++) {
                out[p] += x[p];
            }
        }
    }

    private static void sum5(float[] out, float[] x0, float[] x1, float[] x2, float[] x3, float[] x4, int length) {
        for (int p = 0; p < length; p++) {
            out[p] += x0[p] + x1[p] + x2[p] + x3[p] + x4[p];
        }
    }

    /** acc[p] += a[p]·b[p] for p in [0, length). */
    static void multiplyAdd(float[] acc, float[] a, float[] b, int length) {
        for (int p = 0; p < length; p++) {
            acc[p] += a[p] * b[p];
        }
    }

    /** acc[p] += a0[p]·b0[p] + a1[p]·b1[p] + a2[p]·b2[p] for p in [0, length): three products per pass. */
    static void multiplyAdd3(float[] acc, float[] a0, float[] b0, float[] a1, float[] b1, float[] a2, float[] b2,
                             int length) {
        for (int p = 0; p < length; p++) {
            acc[p] += a0[p] * b0[p] + a1[p] * b1[p] + a2[p] * b2[p];
        }
    }
}
