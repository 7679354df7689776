package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.backend.MatrixBackend;

import java.util.Arrays;

/**
 * Convolution as im2col + GEMM per block of g samples: Y [O, g·P] = W [O, C·kh·kw] · cols [C·kh·kw, g·P], blocks
 * small enough to stay in cache from im2col through the GEMM and spread over the engine pool. A training forward
 * keeps every block's columns for backward (∂W += ∂Y·colsᵀ, ∂cols = Wᵀ·∂Y, folded back into ∂x), so im2col runs
 * once per step; otherwise backward unfolds them again. With stride 1, im2col copies whole runs from shifted
 * planes ({@link Im2col#unfoldStride1}) and ∂x is computed in the {@link PaddedLayout}: ∂cols = Wᵀ·∂Y on the
 * padded width, each tap's run moved to its offset and summed, which vectorises where folding value by value
 * does not. Each pool chunk accumulates its own ∂W, added in chunk order, so results do not depend on timing;
 * scratch buffers belong to thread slots.
 */
final class GemmConvolution {
    /** im2col buffer per block of samples, in floats (512 KiB). */
    static final int COLUMN_BUFFER_LIMIT = 1 << 17;

    private final PlaneGeometry geometry;
    private final int outChannels;
    private final int rows;
    private final int plane;
    private final int columnBufferLimit;
    private final PaddedLayout layout;
    private int block;
    private boolean columnsKept;
    private float[] keptColumns;
    private float[][] columns;
    private float[][] columnGradient;
    private float[][] product;
    private float[][] weightGradient;
    private Workspace[] workspaces = new Workspace[0];

    GemmConvolution(PlaneGeometry geometry, int outChannels, int columnBufferLimit) {
        this.geometry = geometry;
        this.outChannels = outChannels;
        this.rows = geometry.channels() * geometry.kernelH() * geometry.kernelW();
        this.plane = geometry.outputPlaneSize();
        this.columnBufferLimit = columnBufferLimit;
        this.layout = geometry.strideH() == 1 && geometry.strideW() == 1 ? new PaddedLayout(geometry) : null;
    }

    PlaneGeometry geometry() {
        return geometry;
    }

    /** y [N, O, OH, OW] ← convolution of x [N, C, H, W]; {@code keep}: keep the columns for backward. */
    void forward(MatrixBackend backend, float[] x, int n, float[] weight, float[] bias, float[] y, boolean keep) {
        block = (int) Math.max(1, Math.min(n, columnBufferLimit / ((long) rows * plane)));
        int blocks = (n + block - 1) / block;
        int slots = backend.pool().threads();
        columnsKept = keep;
        if (keep) {
            keptColumns = AbstractLayer.reuse(keptColumns, rows * n * plane);
        } else {
            columns = slotBuffers(columns, slots, rows * block * plane);
        }
        product = slotBuffers(product, slots, outChannels * block * plane);
        workspaces = AbstractLayer.filled(workspaces, slots, Workspace::new);
        backend.pool().forChunks(blocks, 1, (slot, chunk, first, last) -> {
            for (int b = first; b < last; b++) {
                int n0 = b * block;
                int g = Math.min(block, n - n0);
                int ld = g * plane;
                float[] cols = columnBuffer(slot);
                int at = columnsFrom(n0);
                unfold(backend, slot, x, n0, g, cols, at);
                // Yᵀ [g·P, O] = colsᵀ·Wᵀ: faster in BLAS than Y = W·cols with its O rows.
                backend.sgemm(true, true, ld, outChannels, rows, 1f, cols, at, ld, weight, 0, rows, 0f,
                        product[slot], 0, outChannels);
                scatterWithBias(product[slot], n0, g, bias, y);
            }
        });
    }

    /** y[n₀+s, o, p] = productᵀ[s·P + p, o] + b[o]: from the GEMM's [g·P, out] layout to [N, out, P]. */
    private void scatterWithBias(float[] source, int n0, int g, float[] bias, float[] y) {
        for (int s = 0; s < g; s++) {
            for (int o = 0; o < outChannels; o++) {
                int src = s * plane * outChannels + o;
                int dst = ((n0 + s) * outChannels + o) * plane;
                float bo = bias[o];
                for (int p = 0; p < plane; p++) {
                    y[dst + p] = source[src + p * outChannels] + bo;
                }
            }
        }
    }

    /**
     * ∂weight += ∂Y·colsᵀ summed over the batch, and ∂x [N, C, H, W] ← the input gradient when {@code dx} is not
     * null; x and dy [N, O, OH, OW] as in the last forward. Each chunk of blocks sums its own ∂Wᵀ.
     */
    void backward(MatrixBackend backend, float[] x, float[] dy, int n, float[] weight, float[] dw, float[] dx) {
        int blocks = (n + block - 1) / block;
        int slots = backend.pool().threads();
        int chunks = backend.pool().chunks(blocks, 1);
        boolean kept = columnsKept;
        if (!kept) {
            columns = slotBuffers(columns, slots, rows * block * plane);
        }
        if (dx != null && layout == null) {
            columnGradient = slotBuffers(columnGradient, slots, rows * block * plane);
        }
        workspaces = AbstractLayer.filled(workspaces, slots, Workspace::new);
        weightGradient = slotBuffers(weightGradient, chunks, outChannels * rows);
        backend.pool().forChunks(blocks, 1, (slot, chunk, first, last) -> {
            float[] partial = weightGradient[chunk];
            Arrays.fill(partial, 0, outChannels * rows, 0f);
            for (int b = first; b < last; b++) {
                int n0 = b * block;
                int g = Math.min(block, n - n0);
                int ld = g * plane;
                float[] cols = columnBuffer(slot);
                int at = columnsFrom(n0);
                if (!kept) {
                    unfold(backend, slot, x, n0, g, cols, 0);
                }
                gather(dy, n0, g, product[slot]);
                // ∂Wᵀ [C·kh·kw, O] += cols·∂Yᵀ: BLAS runs this shape (many rows, 16 columns) about 1.5× faster
                // than ∂W = ∂Y·colsᵀ with its 16 rows.
                backend.sgemm(false, true, rows, outChannels, ld, 1f, cols, at, ld, product[slot], 0, ld, 1f,
                        partial, 0, outChannels);
                if (dx != null && layout != null) {
                    inputGradientPadded(backend, workspaces[slot], weight, dy, n0, g, dx);
                } else if (dx != null) {
                    backend.sgemm(true, false, rows, ld, outChannels, 1f, weight, 0, rows, product[slot], 0, ld, 0f,
                            columnGradient[slot], 0, ld);
                    Im2col.fold(backend.pool(), geometry, columnGradient[slot], n0, g, dx);
                }
            }
        });
        // Partial sums (transposed) added in chunk order: the same split gives bit-identical gradients.
        for (int chunk = 0; chunk < chunks; chunk++) {
            float[] partial = weightGradient[chunk];
            for (int o = 0; o < outChannels; o++) {
                for (int r = 0; r < rows; r++) {
                    dw[o * rows + r] += partial[r * outChannels + o];
                }
            }
        }
    }

    /** The columns buffer a slot works in: the kept columns of the whole batch, or its own block's. */
    private float[] columnBuffer(int slot) {
        return columnsKept ? keptColumns : columns[slot];
    }

    /** Where the block starting at sample n₀ begins in {@link #columnBuffer(int)}. */
    private int columnsFrom(int n0) {
        return columnsKept ? n0 * rows * plane : 0;
    }

    private void unfold(MatrixBackend backend, int slot, float[] x, int n0, int g, float[] cols, int at) {
        if (layout != null) {
            Im2col.unfoldStride1(geometry, x, n0, g, cols, at, workspaces[slot].unfoldScratch());
        } else {
            Im2col.unfold(backend.pool(), geometry, x, n0, g, cols, at);
        }
    }

    /**
     * dx for samples [n0, n0 + g) in the padded layout: ∂Y on the padded width (leading dimension block·OH·Wp for
     * every block, so that the dropped columns stay zero), ∂cols = Wᵀ·∂Y, then per sample each tap's run moved to
     * its offset and summed per channel.
     */
    private void inputGradientPadded(MatrixBackend backend, Workspace ws, float[] weight, float[] dy, int n0, int g,
                                     float[] dx) {
        int positions = layout.positions();
        int ld = block * positions;
        float[] paddedDy = ws.paddedGradient(outChannels * ld);
        float[] colGradient = ws.columnGradient(rows * ld);
        for (int s = 0; s < g; s++) {
            for (int o = 0; o < outChannels; o++) {
                layout.padGradient(dy, n0 + s, o, outChannels, paddedDy, o * ld + s * positions);
            }
        }
        backend.sgemm(true, false, rows, g * positions, outChannels, 1f, weight, 0, rows, paddedDy, 0, ld, 0f,
                colGradient, 0, ld);
        float[][] shifted = ws.shifted();
        for (int s = 0; s < g; s++) {
            for (int k = 0; k < rows; k++) {
                System.arraycopy(colGradient, k * ld + s * positions, shifted[k], layout.tapOffset(k), positions);
            }
            layout.fold(shifted, ws.foldScratch(), dx, n0 + s);
        }
    }

    /**
     * One pool chunk's stride-1 buffers, made on first use. Zeros that must stay zero (padding of the unfold
     * scratch, dropped columns of the padded ∂Y, everything outside a tap's run in {@code shifted}) are never
     * written, because every write goes to the same cells for this geometry.
     */
    private final class Workspace {
        private float[] unfoldScratch;
        private float[] paddedGradient;
        private float[] columnGradient;
        private float[][] shifted;
        private float[] foldScratch;

        float[] unfoldScratch() {
            if (unfoldScratch == null) {
                unfoldScratch = new float[Im2col.stride1Scratch(geometry)];
            }
            return unfoldScratch;
        }

        float[] paddedGradient(int size) {
            if (paddedGradient == null || paddedGradient.length != size) {
                paddedGradient = new float[size];
            }
            return paddedGradient;
        }

        float[] columnGradient(int size) {
            columnGradient = AbstractLayer.reuse(columnGradient, size);
            return columnGradient;
        }

        float[][] shifted() {
            if (shifted == null) {
                shifted = new float[rows][layout.plane()];
            }
            return shifted;
        }

        float[] foldScratch() {
            if (foldScratch == null) {
                foldScratch = new float[layout.plane()];
            }
            return foldScratch;
        }
    }

    /** target[o, s·P + p] = dy[n₀+s, o, p]: the output gradient in the GEMM's layout. */
    private void gather(float[] dy, int n0, int g, float[] target) {
        int ld = g * plane;
        for (int s = 0; s < g; s++) {
            for (int o = 0; o < outChannels; o++) {
                System.arraycopy(dy, ((n0 + s) * outChannels + o) * plane, target, o * ld + s * plane, plane);
            }
        }
    }

    /** One buffer of at least {@code size} floats per slot or chunk, kept while large enough. */
    private static float[][] slotBuffers(float[][] buffers, int slots, int size) {
        float[][] result = buffers != null && buffers.length >= slots ? buffers : new float[slots][];
        for (int slot = 0; slot < slots; slot++) {
            result[slot] = AbstractLayer.reuse(result[slot], size);
        }
        return result;
    }
}
