package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;

/**
 * Stride-1 convolution computed in Java loops, sample by sample, for layers whose matrix products are too thin for
 * BLAS (few output channels: LeNet's first layer is 6×25 · 25×784 per sample). Positions are laid out on the padded
 * input's width ({@link PaddedLayout}), so each tap's column is one array copy and every loop runs over the
 * positions with the same index on all its arrays ({@link RowKernels}). Forward: y_o = b_o + Σ_k W[o, k]·col_k.
 * Backward: ∂W[o, k] = Σ_p ∂y_o[p]·col_k[p], accumulated per position and summed at the end; ∂col_k = Σ_o W[o, k]·∂y_o,
 * moved to its offset i·Wp + j and summed per channel into ∂xpad. Samples are split over the engine pool; partial
 * ∂W are added in chunk order, so results do not depend on timing. Scratch buffers belong to thread slots.
 */
final class DirectConvolution implements ConvolutionLoops {
    /** Samples whose products one pass over the ∂W accumulators adds (three: the longest loop body C2 vectorises). */
    private static final int GROUP = 3;

    private final PlaneGeometry geometry;
    private final PaddedLayout layout;
    private final int outChannels;
    private final int taps;
    private final int positions;
    private Workspace[] workspaces = new Workspace[0];
    /** Per chunk of samples, ∂W[o, k] per position: weightSums[chunk][o·K + k][p]. */
    private float[][][] weightSums = new float[0][][];

    DirectConvolution(PlaneGeometry geometry, int outChannels) {
        this.geometry = geometry;
        this.layout = new PaddedLayout(geometry);
        this.outChannels = outChannels;
        this.taps = geometry.channels() * geometry.kernelH() * geometry.kernelW();
        this.positions = layout.positions();
    }

    /** Whether this method suits the layer: stride 1 and an output too narrow for BLAS's 16-row panels. */
    static boolean suits(int outChannels, int kernelH, int kernelW, int strideH, int strideW, int inChannels) {
        return strideH == 1 && strideW == 1 && outChannels < 16 && (long) inChannels * kernelH * kernelW <= 256;
    }

    @Override
    public PlaneGeometry geometry() {
        return geometry;
    }

    @Override
    public void forward(ComputePool pool, float[] x, int n, float[] weight, float[] bias, float[] y) {
        workspaces = AbstractLayer.filled(workspaces, pool.threads(), Workspace::new);
        pool.forChunks(n, 1, (slot, chunk, first, last) -> {
            Workspace ws = workspaces[slot];
            float[][] columns = ws.columns[0];
            for (int s = first; s < last; s++) {
                ws.unfold(x, s, columns);
                for (int o = 0; o < outChannels; o++) {
                    Arrays.fill(ws.row, 0, positions, bias[o]);
                    RowKernels.weightedSum(ws.row, weight, o * taps, 1, columns, 0, taps, positions);
                    layout.dropPadding(ws.row, 0, y, (s * outChannels + o) * geometry.outputPlaneSize());
                }
            }
        });
    }

    /** Each chunk of samples accumulates ∂W per position in its own arrays; they are added in chunk order. */
    @Override
    public void backward(ComputePool pool, float[] x, float[] dy, int n, float[] weight, float[] weightGradient,
                  float[] dx) {
        int chunks = pool.chunks(n, 1);
        workspaces = AbstractLayer.filled(workspaces, pool.threads(), Workspace::new);
        weightSums = AbstractLayer.filled(weightSums, chunks, () -> new float[outChannels * taps][positions]);
        pool.forChunks(n, 1, (slot, chunk, first, last) -> {
            Workspace ws = workspaces[slot];
            ws.prepareGradients(dx == null ? null : weight);
            for (int s0 = first; s0 < last; s0 += GROUP) {
                int g = Math.min(GROUP, last - s0);
                for (int t = 0; t < g; t++) {
                    ws.unfold(x, s0 + t, ws.columns[t]);
                    for (int o = 0; o < outChannels; o++) {
                        layout.padGradient(dy, s0 + t, o, outChannels, ws.gradient[t][o], 0);
                    }
                }
                ws.accumulateWeightGradient(weightSums[chunk], g, s0 == first);
                if (dx != null) {
                    for (int t = 0; t < g; t++) {
                        ws.inputGradient(ws.gradient[t], dx, s0 + t);
                    }
                }
            }
        });
        for (int i = 0; i < outChannels * taps; i++) {
            float[] total = weightSums[0][i];
            for (int c = 1; c < chunks; c++) {
                RowKernels.sum(total, weightSums[c], i, 1, positions);
            }
            double sum = 0;
            for (int p = 0; p < positions; p++) {
                sum += total[p];
            }
            weightGradient[i] += (float) sum;
        }
    }

    /** One thread's buffers; padding cells and dropped columns are zero from allocation and never written. */
    private final class Workspace {
        final float[][] padded = new float[geometry.channels()][layout.plane()];
        final float[][][] columns = new float[GROUP][taps][positions];
        final float[] row = new float[positions];
        float[][][] gradient;
        float[][] shifted;
        float[] paddedInput;
        float[] transposedWeight;

        /** target[k] ← the window run of tap k for sample s. */
        void unfold(float[] x, int s, float[][] target) {
            layout.padInput(x, s, padded);
            int perChannel = geometry.kernelH() * geometry.kernelW();
            for (int k = 0; k < taps; k++) {
                System.arraycopy(padded[k / perChannel], layout.tapOffset(k), target[k], 0, positions);
            }
        }

        /** Makes the gradient buffers; with the weights (input gradient wanted) also prepares Wᵀ. */
        void prepareGradients(float[] weight) {
            if (gradient == null) {
                gradient = new float[GROUP][outChannels][positions];
            }
            if (weight == null) {
                return;
            }
            if (shifted == null) {
                shifted = new float[taps][layout.plane()];
                paddedInput = new float[layout.plane()];
                transposedWeight = new float[taps * outChannels];
            }
            for (int o = 0; o < outChannels; o++) {
                for (int k = 0; k < taps; k++) {
                    transposedWeight[k * outChannels + o] = weight[o * taps + k];
                }
            }
        }

        /**
         * sums[o·K + k][p] += Σ over the g samples of gradient[t][o][p]·columns[t][k][p], cleared first for the
         * first group of a chunk.
         */
        void accumulateWeightGradient(float[][] sums, int g, boolean first) {
            for (int o = 0; o < outChannels; o++) {
                for (int k = 0; k < taps; k++) {
                    float[] acc = sums[o * taps + k];
                    if (first) {
                        Arrays.fill(acc, 0f);
                    }
                    if (g == GROUP) {
                        RowKernels.multiplyAdd3(acc, gradient[0][o], columns[0][k], gradient[1][o], columns[1][k],
                                gradient[2][o], columns[2][k], positions);
                    } else {
                        for (int t = 0; t < g; t++) {
                            RowKernels.multiplyAdd(acc, gradient[t][o], columns[t][k], positions);
                        }
                    }
                }
            }
        }

        /** dx[s] ← fold of ∂col_k = Σ_o W[o, k]·∂y_o. */
        void inputGradient(float[][] dyRows, float[] dx, int s) {
            for (int k = 0; k < taps; k++) {
                Arrays.fill(row, 0, positions, 0f);
                RowKernels.weightedSum(row, transposedWeight, k * outChannels, 1, dyRows, 0, outChannels, positions);
                System.arraycopy(row, 0, shifted[k], layout.tapOffset(k), positions);
            }
            layout.fold(shifted, paddedInput, dx, s);
        }
    }
}
