package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;

/**
 * Stride-1 convolution sample by sample with the Vector API loops of {@link SimdKernels}, no im2col and no BLAS.
 * Forward: the zero-padded input planes of one sample lie in one array, Wp = W + 2·padW wide; output position
 * p = oy·Wp + ox of channel o is b_o + Σ_k W[o, k]·in[p + offset_k] with offset_k = c·stride + i·Wp + j for tap
 * k = (c, i, j) (columns ox ≥ OW and positions past OH·Wp are computed and dropped). ∂W[o, k] = Σ_p ∂y_o[p]·in[p +
 * offset_k] with ∂y on the same positions (zero where dropped). ∂x is the same forward loop run over ∂y: ∂y sits
 * inside a border of kh − 1 rows and kw − 1 columns of zeros, Wq = OW + kw − 1 wide (one margin serves both sides,
 * since reads past a row's end land in the next row's margin), and the weights are
 * transposed to [C, O, kh, kw] and flipped in both directions. Samples are split over the engine pool; each chunk
 * keeps its own partial ∂W (per-lane floats, added into doubles every {@link #GROUP} samples), added in chunk
 * order, so results do not depend on timing.
 */
final class SimdConvolution implements ConvolutionLoops {
    /** Samples whose per-lane ∂W partial sums stay in float before they are added into doubles. */
    private static final int GROUP = 8;

    private final PlaneGeometry geometry;
    /** The padded width and the moves of output rows between it and the dense layout. */
    private final PaddedLayout layout;
    private final int outChannels;
    private final int taps;
    private final int kernelTaps;
    /** Forward layout: row width, positions computed, floats per channel plane, tap offsets. */
    private final int width;
    private final int positions;
    private final int stride;
    private final int[] offsets;
    /** Input-gradient layout: row width, first position, positions computed, floats per ∂y plane, tap offsets. */
    private final int gradWidth;
    private final int gradFrom;
    private final int gradPositions;
    private final int gradStride;
    private final int[] gradOffsets;
    private final float[] flipped;
    private Workspace[] workspaces = new Workspace[0];
    private double[][] chunkSums = new double[0][];

    SimdConvolution(PlaneGeometry geometry, int outChannels) {
        this.geometry = geometry;
        this.layout = new PaddedLayout(geometry);
        this.outChannels = outChannels;
        int c = geometry.channels();
        int kh = geometry.kernelH();
        int kw = geometry.kernelW();
        this.kernelTaps = kh * kw;
        this.taps = c * kernelTaps;
        int paddedH = geometry.height() + 2 * geometry.padH();
        width = layout.width();
        positions = roundUp(geometry.outH() * width);
        stride = Math.max(paddedH * width, positions + (kh - 1) * width + kw - 1);
        offsets = offsets(c, stride, width);
        // One margin of kw − 1 zero columns per row: reads past a row's end land in the next row's margin.
        gradWidth = geometry.outW() + kw - 1;
        int gradH = geometry.outH() + 2 * (kh - 1);
        gradFrom = geometry.padH() * gradWidth + geometry.padW();
        gradPositions = roundUp(geometry.height() * gradWidth);
        gradStride = Math.max(gradH * gradWidth, gradFrom + gradPositions + (kh - 1) * gradWidth + kw - 1);
        gradOffsets = offsets(outChannels, gradStride, gradWidth);
        flipped = new float[taps * outChannels];
    }

    private static int roundUp(int n) {
        return (n + SimdKernels.BLOCK - 1) / SimdKernels.BLOCK * SimdKernels.BLOCK;
    }

    /** offset of tap (plane, i, j) = plane·planeStride + i·rowWidth + j, in the order of the weight layout. */
    private int[] offsets(int planes, int planeStride, int rowWidth) {
        int kh = geometry.kernelH();
        int kw = geometry.kernelW();
        int[] result = new int[planes * kh * kw];
        for (int q = 0; q < planes; q++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    result[(q * kh + i) * kw + j] = q * planeStride + i * rowWidth + j;
                }
            }
        }
        return result;
    }

    @Override
    public PlaneGeometry geometry() {
        return geometry;
    }

    @Override
    public void forward(ComputePool pool, float[] x, int n, float[] weight, float[] bias, float[] y) {
        workspaces = AbstractLayer.filled(workspaces, pool.threads(), Workspace::new);
        int plane = geometry.outputPlaneSize();
        pool.forChunks(n, 1, (slot, chunk, first, last) -> {
            Workspace ws = workspaces[slot];
            for (int s = first; s < last; s++) {
                ws.padInput(x, s);
                SimdKernels.correlate(ws.input, 0, offsets, weight, bias, ws.rows, positions, outChannels,
                        positions);
                for (int o = 0; o < outChannels; o++) {
                    layout.dropPadding(ws.rows, o * positions, y, (s * outChannels + o) * plane);
                }
            }
        });
    }

    @Override
    public void backward(ComputePool pool, float[] x, float[] dy, int n, float[] weight, float[] weightGradient,
                  float[] dx) {
        int chunks = pool.chunks(n, 1);
        workspaces = AbstractLayer.filled(workspaces, pool.threads(), Workspace::new);
        chunkSums = ConvolutionLoops.clearedSums(chunkSums, chunks, outChannels * taps);
        if (dx != null) {
            flipWeights(weight);
        }
        int outPlane = geometry.outputPlaneSize();
        int inPlane = geometry.inputPlaneSize();
        int channels = geometry.channels();
        int outH = geometry.outH();
        int outW = geometry.outW();
        int kh = geometry.kernelH();
        int kw = geometry.kernelW();
        pool.forChunks(n, 1, (slot, chunk, first, last) -> {
            Workspace ws = workspaces[slot];
            Arrays.fill(ws.lanes, 0f);
            for (int s0 = first; s0 < last; s0 += GROUP) {
                int g = Math.min(GROUP, last - s0);
                for (int s = s0; s < s0 + g; s++) {
                    ws.padInput(x, s);
                    for (int o = 0; o < outChannels; o++) {
                        layout.padGradient(dy, s, o, outChannels, ws.dyRows, o * positions);
                    }
                    SimdKernels.correlateGradient(ws.dyRows, positions, outChannels, ws.input, offsets, ws.lanes,
                            positions);
                }
                ConvolutionLoops.flush(ws.lanes, SimdKernels.LANES, chunkSums[chunk]);
                if (dx == null) {
                    continue;
                }
                float[] padded = ws.gradient();
                for (int s = s0; s < s0 + g; s++) {
                    for (int o = 0; o < outChannels; o++) {
                        copyRows(dy, (s * outChannels + o) * outPlane, outW, padded,
                                o * gradStride + (kh - 1) * gradWidth + kw - 1, gradWidth, outH, outW);
                    }
                    SimdKernels.correlate(padded, gradFrom, gradOffsets, flipped, null, ws.gradRows, gradPositions,
                            channels, gradPositions);
                    for (int c = 0; c < channels; c++) {
                        copyRows(ws.gradRows, c * gradPositions, gradWidth, dx, (s * channels + c) * inPlane,
                                geometry.width(), geometry.height(), geometry.width());
                    }
                }
            }
        });
        ConvolutionLoops.addSums(chunkSums, chunks, weightGradient);
    }

    /** flipped[c, o, i, j] = W[o, c, kh − 1 − i, kw − 1 − j]. */
    private void flipWeights(float[] weight) {
        int channels = geometry.channels();
        for (int o = 0; o < outChannels; o++) {
            for (int c = 0; c < channels; c++) {
                int from = o * taps + c * kernelTaps;
                int to = (c * outChannels + o) * kernelTaps;
                for (int t = 0; t < kernelTaps; t++) {
                    flipped[to + t] = weight[from + kernelTaps - 1 - t];
                }
            }
        }
    }

    /** rows of {@code length} values: target[to + r·toWidth …] ← source[from + r·fromWidth …], r in [0, rows). */
    private static void copyRows(float[] source, int from, int fromWidth, float[] target, int to, int toWidth,
                                 int rows, int length) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(source, from + r * fromWidth, target, to + r * toWidth, length);
        }
    }

    /** One thread's buffers; borders and dropped positions are zero from allocation and never written. */
    private final class Workspace {
        final float[] input = new float[geometry.channels() * stride];
        final float[] rows = new float[outChannels * positions];
        final float[] dyRows = new float[outChannels * positions];
        final float[] lanes = new float[outChannels * taps * SimdKernels.LANES];
        float[] gradient;
        float[] gradRows;

        /** input ← sample s of x inside its zero border, channel c from c·stride. */
        void padInput(float[] x, int s) {
            int h = geometry.height();
            int w = geometry.width();
            int start = geometry.padH() * width + geometry.padW();
            for (int c = 0; c < geometry.channels(); c++) {
                copyRows(x, (s * geometry.channels() + c) * h * w, w, input, c * stride + start, width, h, w);
            }
        }

        /** The ∂y planes of the input-gradient layout, made on first use. */
        float[] gradient() {
            if (gradient == null) {
                gradient = new float[outChannels * gradStride];
                gradRows = new float[geometry.channels() * gradPositions];
            }
            return gradient;
        }
    }
}
