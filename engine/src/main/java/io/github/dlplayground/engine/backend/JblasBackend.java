package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;
import org.jblas.NativeBlas;
import org.jblas.util.Logger;

/**
 * SGEMM through JBLAS 1.2.5 (column-major Fortran BLAS over Java arrays): the row-major product
 * C = op(A)·op(B) is computed as the column-major Cᵀ = op(B)ᵀ·op(A)ᵀ, which reads the same memory.
 * JBLAS's natives need libgfortran.so.5; loading the bytedeco OpenBLAS natives first provides it.
 */
public final class JblasBackend implements MatrixBackend {
    private final ComputePool pool;

    private JblasBackend(ComputePool pool) {
        this.pool = pool;
    }

    /**
     * Loads JBLAS's natives (after the bytedeco OpenBLAS natives, which bring libgfortran.so.5) and checks
     * them with a 2×2 product. Throws what loading throws (typically UnsatisfiedLinkError) for the caller.
     */
    public static JblasBackend load(ComputePool pool) {
        Logger.getLogger().setLevel(Logger.WARNING);
        try {
            OpenBlasBackend.loadNatives();
        } catch (RuntimeException | LinkageError e) {
            // JBLAS may still load when the system has libgfortran5; its own check below decides.
        }
        var backend = new JblasBackend(pool);
        float[] c = new float[4];
        backend.sgemm(false, false, 2, 2, 2, 1f, new float[] {1, 2, 3, 4}, new float[] {1, 0, 0, 1}, 0f, c);
        if (c[0] != 1f || c[1] != 2f || c[2] != 3f || c[3] != 4f) {
            throw new IllegalStateException("JBLAS computed a wrong 2×2 product in its self-check");
        }
        return backend;
    }

    @Override
    public String name() {
        return "jblas";
    }

    @Override
    public String detail() {
        return "JBLAS 1.2.5 (its bundled OpenBLAS), Java arrays through JNI";
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
        if (k == 0) {
            GemmArguments.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        NativeBlas.sgemm(transB ? 'T' : 'N', transA ? 'T' : 'N', n, m, k, alpha, b, bOffset, ldb,
                a, aOffset, lda, beta, c, cOffset, ldc);
    }
}
