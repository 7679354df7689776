package io.github.dlplayground.engine.backend.cuda;

import jcuda.driver.CUdeviceptr;

/**
 * Launches the sgemm kernel on device pointers: C ← α·op(A)·op(B) + β·C, row-major with leading dimensions,
 * one block of 16×16 threads per 64×64 tile of C (each thread computes 4×4 values). A product with too few
 * tiles to fill the GPU and a long enough depth (a convolution's weight gradient: 6×25 values summed over
 * 200,704 positions; a Linear layer's at batch 256) is split along the depth instead: each of up to two blocks per multiprocessor computes one chunk
 * into scratch memory, and a second kernel adds the chunks in order, so the result is the same on every run.
 */
final class Gemm {
    static final int TILE = 64;
    /** Depth of the kernel's shared-memory stage; split-k chunks are whole stages. */
    private static final int STAGE = 16;
    /** The least depth a split-k block is worth launching for (four stages). */
    private static final int MIN_CHUNK = 64;

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
        int chunk = splitChunk(gridX * (long) gridY, k, device.multiprocessors());
        if (chunk == 0) {
            device.launch("sgemm", gridX, gridY, 16, 16, transA ? 1 : 0, transB ? 1 : 0, m, n, k, alpha, a, lda, b,
                    ldb, beta, c, ldc);
            return;
        }
        int splits = (k + chunk - 1) / chunk;
        synchronized (device) {
            DeviceBuffer partial = device.scratch((long) splits * m * n);
            device.launch3d("sgemm_splitk", gridX, gridY, splits, 16, 16, transA ? 1 : 0, transB ? 1 : 0, m, n, k,
                    chunk, a, lda, b, ldb, partial);
            device.launchElementwise("sgemm_reduce", (long) m * n, partial, splits, m, n, alpha, beta, c, ldc);
        }
    }

    /**
     * The depth of each split-k chunk (a multiple of the stage depth), or 0 to run the product in one pass: when
     * {@code tiles} already give every multiprocessor a block, or the depth is too short to share.
     */
    static int splitChunk(long tiles, int k, int multiprocessors) {
        long wanted = Math.min(2L * Math.max(1, multiprocessors) / Math.max(1, tiles), k / MIN_CHUNK);
        if (wanted < 2) {
            return 0;
        }
        long chunk = (k + wanted - 1) / wanted;
        return (int) ((chunk + STAGE - 1) / STAGE * STAGE);
    }
}
