package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.backend.GemmArguments;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.backend.PureJavaBackend;
import io.github.dlplayground.engine.util.ComputePool;
import io.github.dlplayground.engine.util.Rng;

import java.util.function.Supplier;

/**
 * SGEMM on the GPU for the engine's layers: C ← α·op(A)·op(B) + β·C (row-major, as {@link MatrixBackend}) by
 * the project's tiled shared-memory kernel. Operands travel as Java arrays, so each call copies A and B up and C
 * down through three device buffers that are kept and grown, never shrunk. Calls from several threads are
 * serialised on the device. When the GPU runs out of memory the product is computed by a CPU backend instead
 * and {@link #fallbackNote()} says so. The layers' own loops (im2col, pooling) still run on the CPU pool.
 */
public final class CudaBackend implements MatrixBackend {
    private static final float SELF_CHECK_TOLERANCE = 1e-4f;

    private final CudaDevice device;
    private final ComputePool pool;
    private final Supplier<MatrixBackend> cpu;
    private final DeviceBuffer a;
    private final DeviceBuffer b;
    private final DeviceBuffer c;
    private volatile String fallbackNote;

    private CudaBackend(CudaDevice device, ComputePool pool, Supplier<MatrixBackend> cpu) {
        this.device = device;
        this.pool = pool;
        this.cpu = cpu;
        this.a = device.buffer();
        this.b = device.buffer();
        this.c = device.buffer();
    }

    /**
     * Detects the GPU, loads the kernels and checks them on small products of every transpose case against
     * the pure-Java backend. Throws {@link CudaUnavailableException} with one sentence when any step fails;
     * {@code cpu} computes the products the GPU has no memory for.
     */
    public static CudaBackend load(ComputePool pool, Supplier<MatrixBackend> cpu) {
        return load(pool, cpu, CudaDetector.detect());
    }

    /** As {@link #load(ComputePool, Supplier)} with a detection already made (tests give a simulated one). */
    public static CudaBackend load(ComputePool pool, Supplier<MatrixBackend> cpu, CudaStatus status) {
        if (!status.available()) {
            throw new CudaUnavailableException(status.reason());
        }
        var backend = new CudaBackend(CudaSession.device(status.gpu()), pool, cpu);
        backend.selfCheck();
        return backend;
    }

    /** The device this backend computes on. */
    public CudaDevice device() {
        return device;
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public String detail() {
        return device.info().describe() + "; SGEMM by the engine's own kernel, operands copied per call";
    }

    @Override
    public ComputePool pool() {
        return pool;
    }

    /** Null, or one sentence when products fell back to the CPU because the GPU ran out of memory. */
    public String fallbackNote() {
        return fallbackNote;
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
        try {
            synchronized (device) {
                multiply(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
            }
        } catch (CudaOutOfMemoryException e) {
            fallbackNote = e.getMessage() + "; this product and larger ones ran on the CPU ("
                    + cpu.get().name() + ").";
            cpu.get().sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
        }
    }

    private void multiply(boolean transA, boolean transB, int m, int n, int k,
                          float alpha, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                          float beta, float[] c, int cOffset, int ldc) {
        int aLength = extent(transA ? k : m, transA ? m : k, lda);
        int bLength = extent(transB ? n : k, transB ? k : n, ldb);
        int cLength = extent(m, n, ldc);
        this.a.ensure(aLength).upload(a, aOffset, aLength);
        this.b.ensure(bLength).upload(b, bOffset, bLength);
        this.c.ensure(cLength);
        if (beta != 0f || ldc != n) {
            // With gaps between C's rows the copy back spans them, so they must hold C's own values.
            this.c.upload(c, cOffset, cLength);
        }
        Gemm.launch(device, transA, transB, m, n, k, alpha, this.a.pointer(), lda, this.b.pointer(), ldb,
                beta, this.c.pointer(), ldc);
        this.c.download(c, cOffset, cLength);
    }

    /** Values spanned by a rows×cols matrix with leading dimension ld (0 when empty). */
    private static int extent(int rows, int cols, int ld) {
        return rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
    }

    /** Every transpose case, sizes that do not fill whole tiles, offsets and padded rows, against pure Java. */
    private void selfCheck() {
        var reference = new PureJavaBackend(pool);
        var rng = new Rng(11);
        int m = 37;
        int n = 29;
        int k = 45;
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0;
            boolean tb = (t & 2) != 0;
            int lda = (ta ? m : k) + 3;
            int ldb = (tb ? k : n) + 2;
            int ldc = n + 1;
            float[] x = random(rng, 5 + (ta ? k : m) * lda);
            float[] y = random(rng, 7 + (tb ? n : k) * ldb);
            float[] expected = random(rng, 1 + m * ldc);
            float[] actual = expected.clone();
            reference.sgemm(ta, tb, m, n, k, 0.75f, x, 5, lda, y, 7, ldb, 0.5f, expected, 1, ldc);
            sgemm(ta, tb, m, n, k, 0.75f, x, 5, lda, y, 7, ldb, 0.5f, actual, 1, ldc);
            float worst = 0f;
            for (int i = 0; i < expected.length; i++) {
                worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
            }
            if (!(worst <= SELF_CHECK_TOLERANCE)) {
                throw new CudaUnavailableException("the GPU's SGEMM self-check disagreed with the CPU (transA "
                        + ta + ", transB " + tb + ", largest difference " + worst + "), so the GPU is not used.");
            }
        }
    }

    private static float[] random(Rng rng, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.nextFloat() - 0.5f;
        }
        return values;
    }
}
