package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;

/**
 * Dense float32 matrix products for the layers: C ← α·op(A)·op(B) + β·C, all row-major, where op(X) is X or
 * Xᵀ; op(A) is m×k, op(B) is k×n, C is m×n. With β = 0, C is overwritten (NaNs in C are ignored, as in BLAS).
 * A backend also carries the engine's {@link ComputePool}, so layers parallelise their own loops on it.
 * Implementations are safe to call from several threads at once.
 */
public interface MatrixBackend {
    /** The name used by settings and {@code --backend}: "java", "openblas", "jblas". */
    String name();

    /** What it is, for the environment page and benchmarks: "OpenBLAS 0.3.31 (bytedeco), 2 threads, …". */
    String detail();

    /** The pool for the layers' own parallel loops (im2col, pooling, activations). */
    ComputePool pool();

    /**
     * General form with offsets and leading dimensions (row strides): element (i, j) of a row-major matrix X
     * stored from {@code xOffset} with leading dimension {@code ldx} is {@code x[xOffset + i·ldx + j]}.
     */
    void sgemm(boolean transA, boolean transB, int m, int n, int k,
               float alpha, float[] a, int aOffset, int lda,
               float[] b, int bOffset, int ldb,
               float beta, float[] c, int cOffset, int ldc);

    /** Whole, tightly packed matrices: lda, ldb, ldc follow from the shapes and transposes. */
    default void sgemm(boolean transA, boolean transB, int m, int n, int k,
                       float alpha, float[] a, float[] b, float beta, float[] c) {
        sgemm(transA, transB, m, n, k, alpha, a, 0, Math.max(1, transA ? m : k),
                b, 0, Math.max(1, transB ? k : n), beta, c, 0, Math.max(1, n));
    }
}
