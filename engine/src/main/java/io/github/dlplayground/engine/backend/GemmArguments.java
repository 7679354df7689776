package io.github.dlplayground.engine.backend;

/** Argument checks and the k = 0 case shared by the backends (BLAS libraries disagree about k = 0), GPU included. */
public final class GemmArguments {
    private GemmArguments() {
    }

    /** Throws IllegalArgumentException naming the operand whose sizes, offset or leading dimension are wrong. */
    public static void check(boolean transA, boolean transB, int m, int n, int k,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float[] c, int cOffset, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("sgemm sizes must not be negative: m=" + m + ", n=" + n + ", k=" + k);
        }
        checkMatrix("A", a, aOffset, lda, transA ? k : m, transA ? m : k);
        checkMatrix("B", b, bOffset, ldb, transB ? n : k, transB ? k : n);
        checkMatrix("C", c, cOffset, ldc, m, n);
    }

    private static void checkMatrix(String name, float[] x, int offset, int ld, int rows, int cols) {
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("sgemm: leading dimension of " + name + " is " + ld
                    + " but its rows hold " + cols + " values");
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        long last = offset + (long) (rows - 1) * ld + cols;
        if (offset < 0 || last > x.length) {
            throw new IllegalArgumentException("sgemm: " + name + " (" + rows + "×" + cols + ", offset " + offset
                    + ", leading dimension " + ld + ") needs " + last + " values, the array holds " + x.length);
        }
    }

    /** C ← β·C for an m×n block (β = 0 writes zeros, ignoring NaNs already in C). */
    public static void scale(int m, int n, float beta, float[] c, int cOffset, int ldc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int row = cOffset + i * ldc;
            for (int j = 0; j < n; j++) {
                c[row + j] = beta == 0f ? 0f : beta * c[row + j];
            }
        }
    }
}
