package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;
import io.github.dlplayground.engine.util.SimdMath;

/**
 * Thin products in Vector API loops (loaded only when {@link io.github.dlplayground.engine.util.Simd#available()}).
 * A library GEMM packs both operands into blocks sized for large products, which for C with a handful of rows
 * (LeNet's convolutions as im2col products: 6×25·25×200704, 16×150·150×25600) or of columns (a classifier's last
 * layer: 256×256·256×10) costs about as much as the multiply-adds. Here only the small operand is packed, scaled by
 * α; the large one is read in place.
 * <ul>
 *   <li><b>Wide</b> (m ≤ {@value #WIDE_MAX}, B not transposed, k ≤ {@value #WIDE_MAX_DEPTH}): blocks of four rows
 *   by five vectors of columns, or three rows by six where that wastes fewer rows (m = 6: 6 rows computed instead
 *   of 8), across panels of columns split over the engine pool ({@link WideKernels}).</li>
 *   <li><b>Narrow</b> (A not transposed, n at most two vectors): blocks of eight rows by one vector, or four rows
 *   by two, split by rows over the pool ({@link NarrowKernels}).</li>
 * </ul>
 * Every element of C is one chain of fused multiply-adds in the order of p, the same in interpreted and compiled
 * code, and each block's work does not depend on how the pool splits it, so results do not depend on the number
 * of threads.
 */
final class VectorGemm {
    private static final int L = SimdMath.FLOATS.length();
    /** Columns a narrow product may have: two vectors. */
    static final int NARROW_MAX = 2 * L;
    /** Rows a wide product may have. */
    static final int WIDE_MAX = 16;
    /** Depth up to which a wide product is taken: a panel of B (k × up to six vectors) stays in the L2 cache. */
    static final int WIDE_MAX_DEPTH = 1024;
    /** Depth up to which a narrow product is taken. */
    static final int NARROW_MAX_DEPTH = 4096;
    /**
     * Multiply-adds a parallel chunk must at least hold: the rule OpenBLAS products are split by. Split finer, a
     * 256×256·256×10 product gained nothing on two threads, and its loops, in which the workers did not pay, made
     * the pool run the next loops (large products among them) on the caller alone for a while (measured: 1024³ at
     * half speed).
     */
    private static final long CHUNK_WORK = OpenBlasBackend.SPLIT_MIN_WORK;

    private final ComputePool pool;
    /** The calling thread's packed operand. */
    private final ThreadLocal<float[]> packed = ThreadLocal.withInitial(() -> new float[0]);
    /** Each thread's row of narrow results on its way to C. */
    private final ThreadLocal<float[]> rows = ThreadLocal.withInitial(() -> new float[2 * L]);
    /** Each thread's tile of a wide block on its way to C (when β ≠ 0 or past the last row). */
    private final ThreadLocal<float[]> tiles = ThreadLocal.withInitial(() -> new float[WideKernels.TILE]);

    VectorGemm(ComputePool pool) {
        this.pool = pool;
    }

    /**
     * Whether these loops beat the library on this CPU: with 512-bit vectors (32 vector registers), yes; with 256-bit
     * ones the blocks no longer fit the 16 registers, and with the JIT limited to AVX2 here (-XX:UseAVX=2) they ran
     * below OpenBLAS (16×150·150×25600: 61 against 80 GFLOP/s; 256×256·256×10: 31 against 39), so OpenBLAS keeps
     * thin products there.
     */
    static boolean paysOnThisCpu() {
        return L >= 16;
    }

    /**
     * Computes C ← α·op(A)·op(B) + β·C and returns true when the shape is one these loops take (see the class
     * comment; n at least two panels for wide, m at least eight for narrow); returns false, touching nothing,
     * otherwise. Arguments are checked by the caller, m, n, k &gt; 0.
     */
    boolean multiply(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset,
                     int lda, float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        if (!transB && m <= WIDE_MAX && n >= 2 * panel(m) && k <= WIDE_MAX_DEPTH) {
            wide(transA, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
            return true;
        }
        if (!transA && n <= NARROW_MAX && m >= 8 && k <= NARROW_MAX_DEPTH) {
            narrow(transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
            return true;
        }
        return false;
    }

    /** Whether a wide product of m rows takes blocks of four rows (else three): the one that computes fewer rows. */
    private static boolean fourRows(int m) {
        return (m + 3) / 4 * 4 <= (m + 2) / 3 * 3;
    }

    /** Columns of one wide block: five vectors for four rows, six for three. */
    private static int panel(int m) {
        return (fourRows(m) ? 5 : 6) * L;
    }

    /** Wide: α·op(A) packed into m×k, then blocks over panels of columns, then one vector and single columns. */
    private void wide(boolean transA, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        float[] ap = pack(m, k, alpha, a, aOffset, transA ? 1 : lda, transA ? lda : 1, k);
        boolean four = fourRows(m);
        int panel = panel(m);
        int panels = n / panel;
        pool.forRange(panels, grain((long) m * k * panel), (from, to) -> {
            float[] tile = tiles.get();
            for (int q = from; q < to; q++) {
                for (int r = 0; r < m; r += four ? 4 : 3) {
                    if (four) {
                        WideKernels.fourByFive(ap, m, k, r, b, bOffset, ldb, q * panel, beta, c, cOffset, ldc, tile);
                    } else {
                        WideKernels.threeBySix(ap, m, k, r, b, bOffset, ldb, q * panel, beta, c, cOffset, ldc, tile);
                    }
                }
            }
        });
        int j = panels * panel;
        for (; j + L <= n; j += L) {
            for (int r = 0; r < m; r += 3) {
                WideKernels.threeByOne(ap, m, k, r, b, bOffset, ldb, j, beta, c, cOffset, ldc);
            }
        }
        for (; j < n; j++) {
            for (int r = 0; r < m; r++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(ap[r * k + p], b[bOffset + p * ldb + j], sum);
                }
                int at = cOffset + r * ldc + j;
                c[at] = beta == 0f ? sum : Math.fma(beta, c[at], sum);
            }
        }
    }

    /** Narrow: α·op(B) packed into k rows of one or two vectors, then blocks of eight or four rows of C. */
    private void narrow(boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                        float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        boolean one = n <= L;
        int width = one ? L : 2 * L;
        float[] bp = pack(k, n, alpha, b, bOffset, transB ? 1 : ldb, transB ? ldb : 1, width);
        int blockRows = one ? 8 : 4;
        int blocks = (m + blockRows - 1) / blockRows;
        pool.forRange(blocks, grain((long) blockRows * k * width), (from, to) -> {
            float[] row = rows.get();
            for (int s = from; s < to; s++) {
                if (one) {
                    NarrowKernels.eightByOne(a, aOffset, lda, s * 8, m, k, n, bp, beta, c, cOffset, ldc, row);
                } else {
                    NarrowKernels.fourByTwo(a, aOffset, lda, s * 4, m, k, n, bp, beta, c, cOffset, ldc, row);
                }
            }
        });
    }

    /** Blocks per parallel chunk for blocks of {@code blockWork} multiply-adds. */
    private static int grain(long blockWork) {
        return (int) Math.max(1, CHUNK_WORK / Math.max(1, blockWork));
    }

    /**
     * Packs α·X for the rows×cols matrix X(i, j) = x[offset + i·rowStride + j·colStride] row by row into this
     * thread's buffer, each row {@code width} ≥ cols values long, zeros past cols.
     */
    private float[] pack(int rows, int cols, float alpha, float[] x, int offset, int rowStride, int colStride,
                         int width) {
        float[] p = packed.get();
        if (p.length < rows * width) {
            p = new float[rows * width];
            packed.set(p);
        }
        for (int i = 0; i < rows; i++) {
            int from = offset + i * rowStride;
            int to = i * width;
            for (int j = 0; j < cols; j++) {
                p[to + j] = alpha * x[from + j * colStride];
            }
            for (int j = cols; j < width; j++) {
                p[to + j] = 0f;
            }
        }
        return p;
    }
}
