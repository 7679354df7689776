package io.github.dlplayground.engine.backend.cuda;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GemmSplitTest {
    private static final int H100_MULTIPROCESSORS = 132;

    @Test
    void aConvolutionWeightGradientIsSplitIntoWholeStagesThatCoverTheDepth() {
        // LeNet's first convolution at batch 256: ∂W [6, 25] summed over 256·28·28 positions, one tile of C.
        int k = 256 * 28 * 28;
        int chunk = Gemm.splitChunk(1, k, H100_MULTIPROCESSORS);
        assertEquals(0, chunk % 16);
        int splits = (k + chunk - 1) / chunk;
        assertTrue(splits >= H100_MULTIPROCESSORS && splits <= 2 * H100_MULTIPROCESSORS, "splits " + splits);
        assertTrue((long) splits * chunk >= k && (long) (splits - 1) * chunk < k);
    }

    @Test
    void aLinearWeightGradientAtBatch256IsSplitIntoChunksOfFourStages() {
        // ∂W [120, 400] of LeNet's first Linear layer: 2×7 tiles, summed over 256 samples.
        assertEquals(64, Gemm.splitChunk(14, 256, H100_MULTIPROCESSORS));
    }

    @Test
    void productsThatFillTheGpuOrHaveAShortDepthRunInOnePass() {
        assertEquals(0, Gemm.splitChunk(16 * 16, 4096, H100_MULTIPROCESSORS));
        assertEquals(0, Gemm.splitChunk(1, 84, H100_MULTIPROCESSORS), "a Linear layer's forward, 84 inputs");
        assertEquals(0, Gemm.splitChunk(200, 120_000, H100_MULTIPROCESSORS), "two blocks per multiprocessor");
    }

    @Test
    void aSmallGpuSplitsLess() {
        int chunk = Gemm.splitChunk(1, 100_000, 4);
        assertEquals(8, (100_000 + chunk - 1) / chunk);
    }
}
