package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;

/**
 * Stride-1 convolution computed in Java loops, sample by sample, for layers whose matrix products are too thin for
 * BLAS (few output channels: LeNet's first layer is 6×25 · 25×784 per sample). Positions are laid out on the padded
 * input's width Wp = W + 2·padW: output p = oy·Wp + ox (columns ox ≥ OW are computed and dropped), so the input
 * window of tap k = (c, i, j) is the contiguous run xpad[c][p + i·Wp + j], one array copy per tap, and every loop
 * runs over p with the same index on all its arrays ({@link RowKernels}). Forward: y_o = b_o + Σ_k W[o, k]·col_k.
 * Backward: ∂W[o, k] = Σ_p ∂y_o[p]·col_k[p], accumulated per position and summed at the end; ∂col_k = Σ_o W[o, k]·∂y_o,
 * moved to its offset i·Wp + j and summed per channel into ∂xpad. Samples are split over the engine pool; partial
 * ∂W are added in chunk order, so results do not depend on timing.
 */
final class DirectConvolution {
    /** Samples whose products one pass over the ∂W accumulators adds (three: the longest loop body C2 vectorises). */
    private static final int GROUP = 3;

    private final PlaneGeometry geometry;
    private final int outChannels;
    private final int taps;
    private final int paddedWidth;
    private final int positions;
    private final int paddedPlane;
    private Workspace[] workspaces = new Workspace[0];

    DirectConvolution(PlaneGeometry geometry, int outChannels) {
        this.geometry = geometry;
        this.outChannels = outChannels;
        this.taps = geometry.channels() * geometry.kernelH() * geometry.kernelW();
        this.paddedWidth = geometry.width() + 2 * geometry.padW();
        this.positions = geometry.outH() * paddedWidth;
        // The last tap's run ends kw − 1 values past the padded plane.
        this.paddedPlane = (geometry.height() + 2 * geometry.padH()) * paddedWidth + geometry.kernelW();
    }

    /** Whether this method suits the layer: stride 1 and an output too narrow for BLAS's 16-row panels. */
    static boolean suits(int outChannels, int kernelH, int kernelW, int strideH, int strideW, int inChannels) {
        return strideH == 1 && strideW == 1 && outChannels < 16 && (long) inChannels * kernelH * kernelW <= 256;
    }

    PlaneGeometry geometry() {
        return geometry;
    }

    /** y [N, O, OH, OW] ← convolution of x [N, C, H, W] with weight [O, C·kh·kw] and bias [O]. */
    void forward(ComputePool pool, float[] x, int n, float[] weight, float[] bias, float[] y) {
        prepare(pool.chunks(n, 1));
        pool.forChunks(n, 1, (slot, first, last) -> {
            Workspace ws = workspaces[slot];
            float[][] columns = ws.columns[0];
            for (int s = first; s < last; s++) {
                ws.unfold(x, s, columns);
                for (int o = 0; o < outChannels; o++) {
                    Arrays.fill(ws.row, 0, positions, bias[o]);
                    RowKernels.weightedSum(ws.row, weight, o * taps, 1, columns, 0, taps, positions);
                    ws.dropPadding(ws.row, y, (s * outChannels + o) * geometry.outputPlaneSize());
                }
            }
        });
    }

    /**
     * ∂weight += Σ over samples, and ∂x [N, C, H, W] ← the input gradient when {@code dx} is not null; dy is
     * [N, O, OH, OW].
     */
    void backward(ComputePool pool, float[] x, float[] dy, int n, float[] weight, float[] weightGradient,
                  float[] dx) {
        int slots = pool.chunks(n, 1);
        prepare(slots);
        pool.forChunks(n, 1, (slot, first, last) -> {
            Workspace ws = workspaces[slot];
            ws.startGradients(dx == null ? null : weight);
            for (int s0 = first; s0 < last; s0 += GROUP) {
                int g = Math.min(GROUP, last - s0);
                for (int t = 0; t < g; t++) {
                    ws.unfold(x, s0 + t, ws.columns[t]);
                    ws.padGradient(dy, s0 + t, ws.gradient[t]);
                }
                ws.accumulateWeightGradient(g);
                if (dx != null) {
                    for (int t = 0; t < g; t++) {
                        ws.inputGradient(ws.gradient[t], dx, s0 + t);
                    }
                }
            }
        });
        for (int o = 0; o < outChannels; o++) {
            for (int k = 0; k < taps; k++) {
                double sum = 0;
                for (int slot = 0; slot < slots; slot++) {
                    float[] acc = workspaces[slot].weightSums[o][k];
                    for (int p = 0; p < positions; p++) {
                        sum += acc[p];
                    }
                }
                weightGradient[o * taps + k] += (float) sum;
            }
        }
    }

    private void prepare(int slots) {
        if (workspaces.length < slots) {
            workspaces = Arrays.copyOf(workspaces, slots);
        }
        for (int slot = 0; slot < slots; slot++) {
            if (workspaces[slot] == null) {
                workspaces[slot] = new Workspace();
            }
        }
    }

    /** One thread's buffers; padding cells and dropped columns are zero from allocation and never written. */
    private final class Workspace {
        final float[][] padded = new float[geometry.channels()][paddedPlane];
        final float[][][] columns = new float[GROUP][taps][positions];
        final float[] row = new float[positions];
        float[][][] gradient;
        float[][][] weightSums;
        float[][] shifted;
        float[] paddedInput;
        float[] transposedWeight;

        /** columns[k] ← the window run of tap k for sample s. */
        void unfold(float[] x, int s, float[][] target) {
            int h = geometry.height();
            int w = geometry.width();
            int kh = geometry.kernelH();
            int kw = geometry.kernelW();
            for (int c = 0; c < geometry.channels(); c++) {
                float[] plane = padded[c];
                int from = (s * geometry.channels() + c) * h * w;
                for (int r = 0; r < h; r++) {
                    System.arraycopy(x, from + r * w, plane, (r + geometry.padH()) * paddedWidth + geometry.padW(), w);
                }
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        System.arraycopy(plane, i * paddedWidth + j, target[(c * kh + i) * kw + j], 0, positions);
                    }
                }
            }
        }

        /** y[yFrom …] ← the OH rows of OW valid values of a row laid out on the padded width. */
        void dropPadding(float[] source, float[] y, int yFrom) {
            int outW = geometry.outW();
            for (int oy = 0; oy < geometry.outH(); oy++) {
                System.arraycopy(source, oy * paddedWidth, y, yFrom + oy * outW, outW);
            }
        }

        /** target[o] ← dy[s, o] on the padded width (dropped columns stay zero). */
        void padGradient(float[] dy, int s, float[][] target) {
            int outW = geometry.outW();
            int plane = geometry.outputPlaneSize();
            for (int o = 0; o < outChannels; o++) {
                for (int oy = 0; oy < geometry.outH(); oy++) {
                    System.arraycopy(dy, (s * outChannels + o) * plane + oy * outW, target[o], oy * paddedWidth, outW);
                }
            }
        }

        /** Zeroes the ∂W accumulators; with the weights (input gradient wanted) also prepares Wᵀ. */
        void startGradients(float[] weight) {
            if (weightSums == null) {
                gradient = new float[GROUP][outChannels][positions];
                weightSums = new float[outChannels][taps][positions];
            }
            for (float[][] perOutput : weightSums) {
                for (float[] acc : perOutput) {
                    Arrays.fill(acc, 0f);
                }
            }
            if (weight == null) {
                return;
            }
            if (shifted == null) {
                shifted = new float[taps][paddedPlane];
                paddedInput = new float[paddedPlane];
                transposedWeight = new float[taps * outChannels];
            }
            for (int o = 0; o < outChannels; o++) {
                for (int k = 0; k < taps; k++) {
                    transposedWeight[k * outChannels + o] = weight[o * taps + k];
                }
            }
        }

        /** weightSums[o][k][p] += Σ over the g samples of gradient[t][o][p]·columns[t][k][p]. */
        void accumulateWeightGradient(int g) {
            for (int o = 0; o < outChannels; o++) {
                for (int k = 0; k < taps; k++) {
                    float[] acc = weightSums[o][k];
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

        /** dx[s] ← Σ_k (Σ_o W[o, k]·∂y_o) moved to offset i·Wp + j of channel c's padded plane, then unpadded. */
        void inputGradient(float[][] dyRows, float[] dx, int s) {
            int kh = geometry.kernelH();
            int kw = geometry.kernelW();
            int tapsPerChannel = kh * kw;
            for (int k = 0; k < taps; k++) {
                Arrays.fill(row, 0, positions, 0f);
                RowKernels.weightedSum(row, transposedWeight, k * outChannels, 1, dyRows, 0, outChannels, positions);
                int i = k / kw % kh;
                int j = k % kw;
                System.arraycopy(row, 0, shifted[k], i * paddedWidth + j, positions);
            }
            int h = geometry.height();
            int w = geometry.width();
            int used = (h + 2 * geometry.padH()) * paddedWidth;
            for (int c = 0; c < geometry.channels(); c++) {
                Arrays.fill(paddedInput, 0, used, 0f);
                RowKernels.sum(paddedInput, shifted, c * tapsPerChannel, tapsPerChannel, used);
                int to = (s * geometry.channels() + c) * h * w;
                for (int r = 0; r < h; r++) {
                    System.arraycopy(paddedInput, (r + geometry.padH()) * paddedWidth + geometry.padW(), dx, to + r * w,
                            w);
                }
            }
        }
    }
}
