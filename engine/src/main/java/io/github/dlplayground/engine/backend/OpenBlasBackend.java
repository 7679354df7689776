package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

/**
 * SGEMM through OpenBLAS (org.bytedeco:openblas, natives bundled incl. libgfortran). Operands are copied into
 * long-lived native buffers (one set per calling thread, grown, never shrunk) because handing float[] to JNI
 * copies every array in and out on each call; {@link Transfer#JAVA_ARRAYS} keeps that path for measurement.
 * {@link Threading} says who runs a product in parallel: OpenBLAS's own threads (as many as the engine pool
 * has; the pool idles meanwhile) or the engine pool, calling single-threaded OpenBLAS on slices of C.
 */
public final class OpenBlasBackend implements MatrixBackend {
    /** How operands reach native code. */
    public enum Transfer {
        /** Copy into reused native buffers, call, copy C back. */
        NATIVE_BUFFERS,
        /** Pass the Java arrays to JNI, which copies all three in and out (offsets must be 0). */
        JAVA_ARRAYS
    }

    /** Who parallelises a product. */
    public enum Threading {
        /** OpenBLAS's own thread pool, sized like the engine pool. */
        OPENBLAS,
        /** OpenBLAS on one thread; the engine pool splits C into row or column slices. */
        ENGINE_POOL
    }

    /** Multiply-adds below which a product is not split over the engine pool. */
    private static final long SPLIT_MIN_WORK = 1L << 18;

    private static volatile String loadedLibrary;

    private final ComputePool pool;
    private final Transfer transfer;
    private final Threading threading;
    private final ThreadLocal<NativeOperands> operands = ThreadLocal.withInitial(NativeOperands::new);

    private OpenBlasBackend(ComputePool pool, Transfer transfer, Threading threading) {
        this.pool = pool;
        this.transfer = transfer;
        this.threading = threading;
    }

    /**
     * Loads the natives (first call: ~1 s, unpacks into ~/.javacpp/cache) and sets OpenBLAS's thread count
     * (process-wide): the pool's for {@link Threading#OPENBLAS}, 1 for {@link Threading#ENGINE_POOL}.
     * Throws whatever loading throws (UnsatisfiedLinkError, …) for the caller to report.
     */
    public static OpenBlasBackend load(ComputePool pool, Transfer transfer, Threading threading) {
        loadNatives();
        int threads = threading == Threading.OPENBLAS ? pool.threads() : 1;
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(threads);
        return new OpenBlasBackend(pool, transfer, threading);
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
                + (transfer == Transfer.NATIVE_BUFFERS ? "native buffers" : "Java arrays through JNI");
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
        int threads = pool.threads();
        if (threading == Threading.OPENBLAS || threads == 1 || (long) m * n * k < SPLIT_MIN_WORK) {
            cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
        } else if (m >= n) {
            // Rows i₀…i₁ of C need rows i₀…i₁ of op(A): row i of A, or column i of a transposed A.
            pool.forRange(m, Math.max(1, m / threads), (from, to) -> cblas_sgemm(CblasRowMajor, ta, tb, to - from,
                    n, k, alpha, a.getPointer(transA ? from : (long) from * lda), lda, b, ldb,
                    beta, c.getPointer((long) from * ldc), ldc));
        } else {
            pool.forRange(n, Math.max(1, n / threads), (from, to) -> cblas_sgemm(CblasRowMajor, ta, tb, m, to - from,
                    k, alpha, a, lda, b.getPointer(transB ? (long) from * ldb : from), ldb,
                    beta, c.getPointer(from), ldc));
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
