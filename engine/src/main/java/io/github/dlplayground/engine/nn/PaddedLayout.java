package io.github.dlplayground.engine.nn;

import java.util.Arrays;

/**
 * Stride-1 convolution positions laid out on the zero-padded input's width Wp = W + 2·padW: output position
 * p = oy·Wp + ox, 0 ≤ p &lt; OH·Wp (columns ox ≥ OW are computed or carried along and dropped). The input window of
 * tap k = (c, i, j) is then the contiguous run xpad[c][p + i·Wp + j] and its share of ∂xpad the same run, so
 * moving data between taps is one array copy each, and the loops that combine them run with the same index on
 * every array ({@link RowKernels}). Padded planes have kw extra zeros at the end for the last tap's run.
 */
final class PaddedLayout {
    private final PlaneGeometry geometry;
    private final int width;
    private final int positions;
    private final int plane;

    PaddedLayout(PlaneGeometry geometry) {
        this.geometry = geometry;
        this.width = geometry.width() + 2 * geometry.padW();
        this.positions = geometry.outH() * width;
        this.plane = (geometry.height() + 2 * geometry.padH()) * width + geometry.kernelW();
    }

    /** Wp, the row length of this layout. */
    int width() {
        return width;
    }

    /** OH·Wp, output positions per sample and channel in this layout. */
    int positions() {
        return positions;
    }

    /** Floats per padded input plane: (H + 2·padH)·Wp + kw. */
    int plane() {
        return plane;
    }

    /** Where the run of tap k = (c·kh + i)·kw + j starts in its channel's padded plane: i·Wp + j. */
    int tapOffset(int k) {
        return k / geometry.kernelW() % geometry.kernelH() * width + k % geometry.kernelW();
    }

    /** planes[c] ← x[s, c] placed inside the zero border (the border is never written). */
    void padInput(float[] x, int s, float[][] planes) {
        int h = geometry.height();
        int w = geometry.width();
        for (int c = 0; c < geometry.channels(); c++) {
            int from = (s * geometry.channels() + c) * h * w;
            for (int r = 0; r < h; r++) {
                System.arraycopy(x, from + r * w, planes[c], (r + geometry.padH()) * width + geometry.padW(), w);
            }
        }
    }

    /** y[yFrom …] ← the OH rows of OW values of one channel laid out from {@code from} in this layout. */
    void dropPadding(float[] source, int from, float[] y, int yFrom) {
        int outW = geometry.outW();
        for (int oy = 0; oy < geometry.outH(); oy++) {
            System.arraycopy(source, from + oy * width, y, yFrom + oy * outW, outW);
        }
    }

    /** target[to …] ← dy[s, o] in this layout; the dropped columns of target are left as they are (zero). */
    void padGradient(float[] dy, int s, int o, int outChannels, float[] target, int to) {
        int outW = geometry.outW();
        int from = (s * outChannels + o) * geometry.outputPlaneSize();
        for (int oy = 0; oy < geometry.outH(); oy++) {
            System.arraycopy(dy, from + oy * outW, target, to + oy * width, outW);
        }
    }

    /**
     * dx[s] ← Σ over taps of ∂col_k moved to its offset, summed per channel: {@code shifted[k]} must hold ∂col_k
     * at {@link #tapOffset} (copied there by the caller) and zeros elsewhere, which stay from allocation because
     * each tap's run is always copied to the same place. {@code scratch} holds at least {@link #plane()} floats.
     */
    void fold(float[][] shifted, float[] scratch, float[] dx, int s) {
        int h = geometry.height();
        int w = geometry.width();
        int taps = geometry.kernelH() * geometry.kernelW();
        int used = (h + 2 * geometry.padH()) * width;
        for (int c = 0; c < geometry.channels(); c++) {
            Arrays.fill(scratch, 0, used, 0f);
            RowKernels.sum(scratch, shifted, c * taps, taps, used);
            int to = (s * geometry.channels() + c) * h * w;
            for (int r = 0; r < h; r++) {
                System.arraycopy(scratch, (r + geometry.padH()) * width + geometry.padW(), dx, to + r * w, w);
            }
        }
    }
}
