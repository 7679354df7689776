package io.github.dlplayground.engine.backend.cuda;

import jcuda.driver.CUdeviceptr;

/**
 * Launches the sgemm kernel on device pointers: C ← α·op(A)·op(B) + β·C, row-major with leading dimensions,
 * one block of 16×16 threads per 64×64 tile of C (each thread computes 4×4 values).
 */
final class Gemm {
    static final int TILE = 64;

    private Gemm() {
    }

    static void launch(CudaDevice device, boolean transA, boolean transB, int m, int n, int k, float alpha,
                       CUdeviceptr a, int lda, CUdeviceptr b, int ldb, float beta, CUdeviceptr c, int ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        int gridX = (n + TILE - 1) / TILE;
        int gridY = (m + TILE - 1) / TILE;
        if (gridY > 65535) {
            throw new IllegalArgumentException("sgemm on the GPU: " + m + " rows of C exceed the kernel's limit of "
                    + 65535 * TILE);
        }
        device.launch("sgemm", gridX, gridY, 16, 16, transA ? 1 : 0, transB ? 1 : 0, m, n, k, alpha, a, lda, b, ldb,
                beta, c, ldc);
    }
}
