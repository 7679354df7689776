package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;

/**
 * The reference backend in plain Java: C ← α·op(A)·op(B) + β·C as blocked row updates
 * C[i, j₀..j₁] += α·A(i, p)·B[p, j₀..j₁] whose inner loop the JIT vectorises; a transposed B is first packed
 * row-major. Work is split over rows of C (or over columns when C has few rows) on the engine pool.
 */
public final class PureJavaBackend implements MatrixBackend {
    private static final int COLUMN_BLOCK = 512;
    private static final int DEPTH_BLOCK = 128;
    /** Multiply-adds below which one thread is faster than handing work to the pool. */
    private static final long PARALLEL_MIN_WORK = 1L << 16;

    private final ComputePool pool;
    private final ThreadLocal<float[]> packedB = ThreadLocal.withInitial(() -> new float[0]);

    public PureJavaBackend(ComputePool pool) {
        this.pool = pool;
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String detail() {
        return "plain Java loops, " + pool.threads() + (pool.threads() == 1 ? " thread" : " threads");
    }

    @Override
    public ComputePool pool() {
        return pool;
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k,
                      float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        GemmArguments.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        float[] bRows = b;
        int bRowsOffset = bOffset;
        int bStride = ldb;
        if (transB && k > 0) {
            bRows = pack(b, bOffset, ldb, k, n);
            bRowsOffset = 0;
            bStride = n;
        }
        var product = new Product(transA, m, n, k, alpha, a, aOffset, lda, bRows, bRowsOffset, bStride,
                beta, c, cOffset, ldc);
        int threads = (long) m * n * k < PARALLEL_MIN_WORK ? 1 : pool.threads();
        if (m >= 4 * threads) {
            pool.forRange(m, Math.max(1, m / threads), (from, to) -> product.run(from, to, 0, n));
        } else {
            pool.forRange(n, Math.max(1, n / threads), (from, to) -> product.run(0, m, from, to));
        }
    }

    /** Copies Bᵀ (stored n×k with leading dimension ldb) into a packed row-major k×n scratch array. */
    private float[] pack(float[] b, int bOffset, int ldb, int k, int n) {
        float[] packed = packedB.get();
        if (packed.length < k * n) {
            packed = new float[k * n];
            packedB.set(packed);
        }
        float[] target = packed;
        pool.forRange(k, Math.max(1, 4096 / Math.max(1, n)), (from, to) -> {
            for (int p = from; p < to; p++) {
                int row = p * n;
                for (int j = 0; j < n; j++) {
                    target[row + j] = b[bOffset + j * ldb + p];
                }
            }
        });
        return packed;
    }

    /** One GEMM call's operands; {@link #run} computes the block of C rows × columns given to one thread. */
    private record Product(boolean transA, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                           float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        void run(int rowFrom, int rowTo, int colFrom, int colTo) {
            scaleC(rowFrom, rowTo, colFrom, colTo);
            if (k == 0 || alpha == 0f) {
                return;
            }
            for (int j0 = colFrom; j0 < colTo; j0 += COLUMN_BLOCK) {
                int j1 = Math.min(colTo, j0 + COLUMN_BLOCK);
                for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
                    int p1 = Math.min(k, p0 + DEPTH_BLOCK);
                    for (int i = rowFrom; i < rowTo; i++) {
                        updateRow(i, p0, p1, j0, j1);
                    }
                }
            }
        }

        private void updateRow(int i, int p0, int p1, int j0, int j1) {
            int cRow = cOffset + i * ldc;
            for (int p = p0; p < p1; p++) {
                float aip = alpha * (transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p]);
                int bRow = bOffset + p * ldb;
                for (int j = j0; j < j1; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }

        private void scaleC(int rowFrom, int rowTo, int colFrom, int colTo) {
            if (beta == 1f) {
                return;
            }
            for (int i = rowFrom; i < rowTo; i++) {
                int row = cOffset + i * ldc;
                for (int j = colFrom; j < colTo; j++) {
                    c[row + j] = beta == 0f ? 0f : beta * c[row + j];
                }
            }
        }
    }
}
