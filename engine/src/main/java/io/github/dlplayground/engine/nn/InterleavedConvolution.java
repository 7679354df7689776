package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;

/**
 * Stride-1 convolution on groups of {@link InterleavedKernels#LANES} samples interleaved element by element
 * (value (c, y, x) of the group's samples side by side), for small planes: LeNet's second layer computes 10×10
 * outputs per channel, which rows of vectors over a padded width would fill only to 60 %. Forward: the group's
 * padded input [C, Hp, Wp, lanes] against each tap (c, i, j) at offset (c, i, j); ∂W: per-lane sums over the
 * output positions of ∂y times the input at (oy + i, ox + j); ∂x: for each tap, Σ_o W[o, tap]·∂y_o added into the
 * padded input gradient at the tap's offset, so no product with a padding zero is computed. Groups are split over the
 * engine pool; each chunk keeps its own partial ∂W, added in chunk order, so results do not depend on timing.
 */
final class InterleavedConvolution implements ConvolutionLoops {
    private static final int LANES = InterleavedKernels.LANES;
    private static final int RUN = InterleavedKernels.RUN;
    /** Groups whose per-lane ∂W partial sums stay in float before they are added into doubles. */
    private static final int FLUSH = 4;

    private final PlaneGeometry geometry;
    private final int outChannels;
    private final int taps;
    private final int kernelTaps;
    private final int paddedH;
    private final int paddedW;
    private final int gradH;
    private final int gradW;
    private final int[] offsets;
    private final Planes inputPlanes;
    private final Planes gradientPlanes;
    private final int[] gradientPositions;
    private final int[] inputPositions;
    /** Start of each output channel's plane in the ∂y buffer. */
    private final int[] planeOffsets;
    private Workspace[] workspaces = new Workspace[0];
    private double[][] chunkSums = new double[0][];

    InterleavedConvolution(PlaneGeometry geometry, int outChannels) {
        this.geometry = geometry;
        this.outChannels = outChannels;
        int c = geometry.channels();
        int kh = geometry.kernelH();
        int kw = geometry.kernelW();
        kernelTaps = kh * kw;
        taps = c * kernelTaps;
        paddedH = geometry.height() + 2 * geometry.padH();
        paddedW = geometry.width() + 2 * geometry.padW();
        gradH = geometry.outH() + 2 * (kh - 1);
        gradW = geometry.outW() + 2 * (kw - 1);
        inputPlanes = new Planes(c, geometry.height(), geometry.width(), geometry.padH(), geometry.padW(), paddedH,
                paddedW);
        gradientPlanes = new Planes(outChannels, geometry.outH(), geometry.outW(), kh - 1, kw - 1, gradH, gradW);
        offsets = new int[taps];
        for (int k = 0; k < taps; k++) {
            int ch = k / kernelTaps;
            int i = k / kw % kh;
            int j = k % kw;
            offsets[k] = ((ch * paddedH + i) * paddedW + j) * LANES;
        }
        planeOffsets = new int[outChannels];
        for (int o = 0; o < outChannels; o++) {
            planeOffsets[o] = o * gradH * gradW * LANES;
        }
        int positions = geometry.outputPlaneSize();
        gradientPositions = new int[positions];
        inputPositions = new int[positions];
        for (int q = 0; q < positions; q++) {
            int oy = q / geometry.outW();
            int ox = q % geometry.outW();
            gradientPositions[q] = ((oy + kh - 1) * gradW + ox + kw - 1) * LANES;
            inputPositions[q] = (oy * paddedW + ox) * LANES;
        }
    }

    /** Whether interleaving pays: rows of vectors over the padded width would leave over 30 % of lanes idle. */
    static boolean suits(PlaneGeometry geometry, int n) {
        int width = geometry.width() + 2 * geometry.padW();
        int rowPositions = geometry.outH() * width;
        int block = SimdKernels.BLOCK;
        int computed = (rowPositions + block - 1) / block * block;
        return n >= LANES && computed > 1.3 * geometry.outputPlaneSize();
    }

    @Override
    public PlaneGeometry geometry() {
        return geometry;
    }

    @Override
    public void forward(ComputePool pool, float[] x, int n, float[] weight, float[] bias, float[] y) {
        workspaces = AbstractLayer.filled(workspaces, pool.threads(), Workspace::new);
        int groups = (n + LANES - 1) / LANES;
        int outH = geometry.outH();
        int outW = geometry.outW();
        pool.forChunks(groups, 1, (slot, chunk, first, last) -> {
            Workspace ws = workspaces[slot];
            for (int g = first; g < last; g++) {
                int n0 = g * LANES;
                int valid = Math.min(LANES, n - n0);
                ws.gatherInput(x, n0, valid);
                for (int o = 0; o < outChannels; o += 2) {
                    int o1 = Math.min(o + 1, outChannels - 1);
                    for (int oy = 0; oy < outH; oy++) {
                        for (int ox = 0; ox < outW; ox += RUN) {
                            InterleavedKernels.twoByFive(ws.input, (oy * paddedW + ox) * LANES, offsets, weight,
                                    o * taps, o1 * taps, 1, bias[o], bias[o1], ws.output,
                                    ((o * outH + oy) * outW + ox) * LANES, ((o1 * outH + oy) * outW + ox) * LANES,
                                    Math.min(RUN, outW - ox), o1 != o, false);
                        }
                    }
                }
                scatter(ws.output, outChannels, geometry.outputPlaneSize(), y, n0, valid);
            }
        });
    }

    @Override
    public void backward(ComputePool pool, float[] x, float[] dy, int n, float[] weight, float[] weightGradient,
                         float[] dx) {
        workspaces = AbstractLayer.filled(workspaces, pool.threads(), Workspace::new);
        int groups = (n + LANES - 1) / LANES;
        int chunks = pool.chunks(groups, 1);
        chunkSums = ConvolutionLoops.clearedSums(chunkSums, chunks, outChannels * taps);
        pool.forChunks(groups, 1, (slot, chunk, first, last) -> {
            Workspace ws = workspaces[slot];
            Arrays.fill(ws.lanes, 0f);
            for (int g = first; g < last; g++) {
                int n0 = g * LANES;
                int valid = Math.min(LANES, n - n0);
                ws.gatherInput(x, n0, valid);
                ws.gatherGradient(dy, n0, valid);
                weightGradient(ws);
                if ((g - first) % FLUSH == FLUSH - 1 || g == last - 1) {
                    ConvolutionLoops.flush(ws.lanes, LANES, chunkSums[chunk]);
                }
                if (dx != null) {
                    inputGradient(ws, weight);
                    ws.scatterInputGradient(dx, n0, valid);
                }
            }
        });
        ConvolutionLoops.addSums(chunkSums, chunks, weightGradient);
    }

    private void weightGradient(Workspace ws) {
        int kh = geometry.kernelH();
        int kw = geometry.kernelW();
        int gradPlane = gradH * gradW * LANES;
        int positions = geometry.outputPlaneSize();
        for (int o = 0; o < outChannels; o += 2) {
            int o1 = Math.min(o + 1, outChannels - 1);
            for (int c = 0; c < geometry.channels(); c++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j += RUN) {
                        int k = c * kernelTaps + i * kw + j;
                        InterleavedKernels.gradient(ws.gradient, gradientPositions, o * gradPlane, o1 * gradPlane,
                                ws.input, inputPositions, ((c * paddedH + i) * paddedW + j) * LANES, positions,
                                ws.lanes, o * taps + k, o1 * taps + k, Math.min(RUN, kw - j), o1 != o);
                    }
                }
            }
        }
    }

    /**
     * ∂xpad[c, oy + i, ox + j] += Σ_o W[o, c, i, j]·∂y[o, oy, ox], two taps (c, i, j) and five positions at a time,
     * into the padded plane (its border collects what falls on padding and is dropped).
     */
    private void inputGradient(Workspace ws, float[] weight) {
        Arrays.fill(ws.inputGradient, 0f);
        int kh = geometry.kernelH();
        int kw = geometry.kernelW();
        int outH = geometry.outH();
        int outW = geometry.outW();
        for (int k = 0; k < taps; k += 2) {
            int k1 = Math.min(k + 1, taps - 1);
            int at0 = tapStart(k);
            int at1 = tapStart(k1);
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox += RUN) {
                    int position = (oy * paddedW + ox) * LANES;
                    InterleavedKernels.twoByFive(ws.gradient, ((oy + kh - 1) * gradW + ox + kw - 1) * LANES,
                            planeOffsets, weight, k, k1, taps, 0f, 0f, ws.inputGradient, at0 + position,
                            at1 + position, Math.min(RUN, outW - ox), k1 != k, true);
                }
            }
        }
    }

    /** Where tap k = (c, i, j) of output position (0, 0) lands in the padded input: (c, i, j). */
    private int tapStart(int k) {
        int kw = geometry.kernelW();
        return ((k / kernelTaps * paddedH + k / kw % geometry.kernelH()) * paddedW + k % kw) * LANES;
    }

    /** target[n0 + l, p] ← source[p·LANES + l] for the valid lanes l, p over planes × planeSize values. */
    private static void scatter(float[] source, int planes, int planeSize, float[] target, int n0, int valid) {
        int perSample = planes * planeSize;
        for (int l = 0; l < valid; l++) {
            int to = (n0 + l) * perSample;
            for (int p = 0; p < perSample; p++) {
                target[to + p] = source[p * LANES + l];
            }
        }
    }

    /**
     * Where samples' values [C, H, W] sit in a group's interleaved planes: plane c is planeH × planeW values of
     * {@link #LANES} lanes, a sample's value (c, y, x) at (c, top + y, left + x).
     */
    private record Planes(int channels, int height, int width, int top, int left, int planeH, int planeW) {
    }

    /**
     * Between samples [N, C, H, W] from n0 and the group's interleaved planes, either way: into the planes the
     * lanes past the valid ones get zeros, out of them only the valid lanes are read.
     */
    private static void move(float[] samples, float[] planes, int n0, int valid, Planes p, boolean intoPlanes) {
        int perSample = p.channels() * p.height() * p.width();
        for (int l = 0; l < (intoPlanes ? LANES : valid); l++) {
            for (int c = 0; c < p.channels(); c++) {
                for (int y = 0; y < p.height(); y++) {
                    int at = (n0 + l) * perSample + (c * p.height() + y) * p.width();
                    int to = ((c * p.planeH() + p.top() + y) * p.planeW() + p.left()) * LANES + l;
                    if (!intoPlanes) {
                        for (int x = 0; x < p.width(); x++) {
                            samples[at + x] = planes[to + x * LANES];
                        }
                    } else if (l < valid) {
                        for (int x = 0; x < p.width(); x++) {
                            planes[to + x * LANES] = samples[at + x];
                        }
                    } else {
                        for (int x = 0; x < p.width(); x++) {
                            planes[to + x * LANES] = 0f;
                        }
                    }
                }
            }
        }
    }

    /** One thread's buffers; borders are zero from allocation and never written. */
    private final class Workspace {
        /** Reads of a last, partial run of positions or taps go up to this far past a plane. */
        private final int slack = (RUN + geometry.kernelW() + 1) * LANES + geometry.kernelH() * paddedW * LANES;
        final float[] input = new float[geometry.channels() * paddedH * paddedW * LANES + slack];
        final float[] output = new float[outChannels * geometry.outputPlaneSize() * LANES];
        final float[] gradient = new float[outChannels * gradH * gradW * LANES + slack];
        final float[] inputGradient = new float[geometry.channels() * paddedH * paddedW * LANES];
        final float[] lanes = new float[outChannels * taps * LANES];

        /** input[c, padH + y, padW + x, l] ← x[n0 + l, c, y, x] for the valid lanes. */
        void gatherInput(float[] x, int n0, int valid) {
            move(x, input, n0, valid, inputPlanes, true);
        }

        /** dx[n0 + l, c, y, x] ← inputGradient[c, padH + y, padW + x, l] for the valid lanes. */
        void scatterInputGradient(float[] dx, int n0, int valid) {
            move(dx, inputGradient, n0, valid, inputPlanes, false);
        }

        /** gradient[o, kh − 1 + oy, kw − 1 + ox, l] ← dy[n0 + l, o, oy, ox]; zero in lanes past the valid ones. */
        void gatherGradient(float[] dy, int n0, int valid) {
            move(dy, gradient, n0, valid, gradientPlanes, true);
        }
    }
}
