package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;
import io.github.dlplayground.engine.util.Simd;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

/**
 * SGEMM through OpenBLAS (org.bytedeco:openblas, natives bundled incl. libgfortran). Handing float[] to javacpp's
 * JNI overloads copies every array in and out on each call, so the engine reaches OpenBLAS in one of two ways
 * ({@link Transfer}): where the project's small JNI bridge is built and loads ({@link PinnedBlas}, Linux x86-64),
 * the Java arrays are pinned while OpenBLAS works on them, with no copies; elsewhere operands are copied into
 * long-lived native buffers (one set per calling thread, grown, never shrunk). {@link Threading} says who runs a
 * product in parallel: OpenBLAS's own threads (as many as the engine pool has; the pool idles meanwhile) or the
 * engine pool, calling single-threaded OpenBLAS on slices of C. Products with few rows or few columns of C go to
 * {@link VectorGemm}'s loops instead where the Vector API has 512-bit vectors: on them a library's packing costs
 * as much as the multiply-adds.
 */
public final class OpenBlasBackend implements MatrixBackend {
    /** How operands reach native code. */
    public enum Transfer {
        /** Copy into reused native buffers, call, copy C back. */
        NATIVE_BUFFERS,
        /** Pass the Java arrays to javacpp's JNI overload, which copies all three in and out (offsets must be 0). */
        JAVA_ARRAYS,
        /** Pin the Java arrays while OpenBLAS reads and writes them ({@link PinnedBlas}): no copies. */
        PINNED_ARRAYS
    }

    /** Who parallelises a product. */
    public enum Threading {
        /** OpenBLAS's own thread pool, sized like the engine pool. */
        OPENBLAS,
        /** OpenBLAS on one thread; the engine pool splits C into row or column slices. */
        ENGINE_POOL
    }

    /**
     * Multiply-adds below which a product is not split over the engine pool: one thread does 2²⁰ in about 20 µs,
     * and split products that short gained nothing in the median (256×256·256×10: 55–64 GFLOP/s whole, 44–57 in
     * two slices, best runs 97).
     */
    static final long SPLIT_MIN_WORK = 1L << 20;

    private static volatile String loadedLibrary;

    private final ComputePool pool;
    private final Transfer transfer;
    private final Threading threading;
    private final ThreadLocal<NativeOperands> operands = ThreadLocal.withInitial(NativeOperands::new);
    /** Vector loops for thin products, or null where the Vector API is not available or they do not pay. */
    private final VectorGemm thin;

    private OpenBlasBackend(ComputePool pool, Transfer transfer, Threading threading) {
        this.pool = pool;
        this.transfer = transfer;
        this.threading = threading;
        this.thin = Simd.available() && VectorGemm.paysOnThisCpu() ? new VectorGemm(pool) : null;
    }

    /**
     * Loads the natives (first call: ~1 s, unpacks into ~/.javacpp/cache) and sets OpenBLAS's thread count
     * (process-wide): the pool's for {@link Threading#OPENBLAS}, 1 for {@link Threading#ENGINE_POOL}.
     * Throws whatever loading throws (UnsatisfiedLinkError, …) for the caller to report.
     */
    public static OpenBlasBackend load(ComputePool pool, Transfer transfer, Threading threading) {
        loadNatives();
        if (transfer == Transfer.PINNED_ARRAYS && !PinnedBlas.available()) {
            throw new IllegalStateException(PinnedBlas.status());
        }
        int threads = threading == Threading.OPENBLAS ? pool.threads() : 1;
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(threads);
        return new OpenBlasBackend(pool, transfer, threading);
    }

    /** Pinned Java arrays where the project's bridge loads ({@link PinnedBlas} loads the natives), else copies. */
    public static Transfer defaultTransfer() {
        return PinnedBlas.available() ? Transfer.PINNED_ARRAYS : Transfer.NATIVE_BUFFERS;
    }

    /** Loads the bytedeco OpenBLAS natives once; returns the path of the JNI library. */
    static synchronized String loadNatives() {
        if (loadedLibrary == null) {
            loadedLibrary = Loader.load(openblas_nolapack.class);
        }
        return loadedLibrary;
    }

    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public ComputePool pool() {
        return pool;
    }

    public Transfer transfer() {
        return transfer;
    }

    public Threading threading() {
        return threading;
    }

    @Override
    public String detail() {
        return "OpenBLAS " + openblas_nolapack.OPENBLAS_VERSION.trim().replace("OpenBLAS ", "") + " (bytedeco), "
                + (threading == Threading.OPENBLAS
                        ? pool.threads() + (pool.threads() == 1 ? " thread, " : " threads, ")
                        : "1 thread per slice on the engine pool of " + pool.threads() + ", ")
                + switch (transfer) {
                    case NATIVE_BUFFERS -> "operands copied to native buffers";
                    case JAVA_ARRAYS -> "Java arrays copied through JNI";
                    case PINNED_ARRAYS -> "Java arrays pinned, no copies";
                }
                + (thin == null ? "" : "; thin products (≤ " + VectorGemm.WIDE_MAX + " rows or ≤ "
                        + VectorGemm.NARROW_MAX + " columns) in vector loops");
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
        if (k == 0) {
            GemmArguments.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        if (thin != null && thin.multiply(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb,
                beta, c, cOffset, ldc)) {
            return;
        }
        if (transfer == Transfer.PINNED_ARRAYS) {
            multiplyPinned(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
            return;
        }
        if (transfer == Transfer.JAVA_ARRAYS && aOffset == 0 && bOffset == 0 && cOffset == 0) {
            cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
            return;
        }
        int aLength = extent(transA ? k : m, transA ? m : k, lda);
        int bLength = extent(transB ? n : k, transB ? k : n, ldb);
        int cLength = extent(m, n, ldc);
        NativeOperands ops = operands.get();
        FloatPointer na = ops.a(aLength).put(a, aOffset, aLength);
        FloatPointer nb = ops.b(bLength).put(b, bOffset, bLength);
        FloatPointer nc = ops.c(cLength);
        if (beta != 0f || ldc != n) {
            // With gaps between C's rows the copy back spans them, so they must hold C's own values.
            nc.put(c, cOffset, cLength);
        }
        multiply(transA, transB, m, n, k, alpha, na, lda, nb, ldb, beta, nc, ldc);
        nc.get(c, cOffset, cLength);
    }

    /** Values spanned by a rows×cols matrix with leading dimension ld (0 when empty). */
    private static int extent(int rows, int cols, int ld) {
        return rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
    }

    /**
     * GEMM on operands already resident in native memory (no copies): what numpy measures, used by the
     * benchmark to separate OpenBLAS's speed from the cost of reaching it from Java arrays.
     */
    void sgemmResident(int m, int n, int k, FloatPointer a, FloatPointer b, FloatPointer c) {
        multiply(false, false, m, n, k, 1f, a, k, b, n, 0f, c, n);
    }

    /** The product on native operands, split into slices of C over the engine pool when so configured. */
    private void multiply(boolean transA, boolean transB, int m, int n, int k, float alpha,
                          FloatPointer a, int lda, FloatPointer b, int ldb, float beta, FloatPointer c, int ldc) {
        int ta = transA ? CblasTrans : CblasNoTrans;
        int tb = transB ? CblasTrans : CblasNoTrans;
        inSlices(transA, transB, m, n, k, lda, ldb, ldc, (rows, cols, aShift, bShift, cShift) ->
                cblas_sgemm(CblasRowMajor, ta, tb, rows, cols, k, alpha, from(a, aShift), lda,
                        from(b, bShift), ldb, beta, from(c, cShift), ldc));
    }

    /** The pointer {@code shift} values on, or the pointer itself for 0 (no new object on the unsplit path). */
    private static FloatPointer from(FloatPointer p, long shift) {
        return shift == 0 ? p : p.getPointer(shift);
    }

    /** The product on pinned Java arrays, in the same slices as {@link #multiply}. */
    private void multiplyPinned(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a,
                                int aOffset, int lda, float[] b, int bOffset, int ldb, float beta, float[] c,
                                int cOffset, int ldc) {
        inSlices(transA, transB, m, n, k, lda, ldb, ldc, (rows, cols, aShift, bShift, cShift) ->
                PinnedBlas.sgemm(transA, transB, rows, cols, k, alpha, a, aOffset + (int) aShift, lda,
                        b, bOffset + (int) bShift, ldb, beta, c, cOffset + (int) cShift, ldc));
    }

    /** One slice of C: its size and where its operands start, in values from the start of A, B and C. */
    @FunctionalInterface
    private interface Slice {
        void multiply(int rows, int cols, long aShift, long bShift, long cShift);
    }

    /**
     * Runs the product as one call, or, when the engine pool parallelises a large enough product, as slices of
     * rows (m ≥ n) or of columns of C over the pool.
     */
    private void inSlices(boolean transA, boolean transB, int m, int n, int k, int lda, int ldb, int ldc,
                          Slice slice) {
        int threads = pool.threads();
        if (threading == Threading.OPENBLAS || threads == 1 || (long) m * n * k < SPLIT_MIN_WORK) {
            slice.multiply(m, n, 0, 0, 0);
        } else if (m >= n) {
            // Rows i₀…i₁ of C need rows i₀…i₁ of op(A): row i of A, or column i of a transposed A.
            pool.forRange(m, Math.max(1, m / threads), (from, to) -> slice.multiply(to - from, n,
                    transA ? from : (long) from * lda, 0, (long) from * ldc));
        } else {
            pool.forRange(n, Math.max(1, n / threads), (from, to) -> slice.multiply(m, to - from,
                    0, transB ? (long) from * ldb : from, from));
        }
    }

    /** One thread's native copies of A, B and C; each buffer grows to the largest operand seen. */
    private static final class NativeOperands {
        private FloatPointer a = new FloatPointer(0L);
        private FloatPointer b = new FloatPointer(0L);
        private FloatPointer c = new FloatPointer(0L);

        FloatPointer a(long size) {
            a = ensure(a, size);
            return a;
        }

        FloatPointer b(long size) {
            b = ensure(b, size);
            return b;
        }

        FloatPointer c(long size) {
            c = ensure(c, size);
            return c;
        }

        private static FloatPointer ensure(FloatPointer p, long size) {
            if (p.capacity() >= size && !p.isNull()) {
                return p.position(0);
            }
            p.close();
            return new FloatPointer(Math.max(size, 1L));
        }
    }
}
