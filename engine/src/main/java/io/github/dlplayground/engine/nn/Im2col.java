package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;

/**
 * Unfolds image patches into columns so that convolution becomes one matrix product, and folds them back.
 * For samples n₀ … n₀+g−1 of x [N, C, H, W], cols is [C·kh·kw, g·OH·OW]: row r = (c·kh + i)·kw + j, column
 * (s, oy, ox) holds x[n₀+s, c, oy·strideH − padH + i, ox·strideW − padW + j], or 0 in the padding.
 */
final class Im2col {
    private static final int GRAIN = 4;

    private Im2col() {
    }

    /**
     * Fills cols from {@code at} (leading dimension g·OH·OW) from samples [n0, n0 + g) of x, in parallel over
     * (row, sample).
     */
    static void unfold(ComputePool pool, PlaneGeometry geo, float[] x, int n0, int g, float[] cols, int at) {
        int rows = geo.channels() * geo.kernelH() * geo.kernelW();
        pool.forRange(rows * g, GRAIN, (from, to) -> {
            for (int t = from; t < to; t++) {
                unfoldRow(geo, x, n0, g, t / g, t % g, cols, at);
            }
        });
    }

    /** Floats of scratch that {@link #unfoldStride1} needs: C·kw planes of (H + 2·padH) × OW. */
    static int stride1Scratch(PlaneGeometry geo) {
        return geo.channels() * geo.kernelW() * (geo.height() + 2 * geo.padH()) * geo.outW();
    }

    /**
     * The same columns for stride 1, per sample: for each (c, j) the plane is cut to the OW columns that tap column
     * j reads, with padH zero rows above and below, so the run of tap (c, i, j) is rows i … i+OH−1 of it, one array
     * copy. {@code scratch} must be zero when first used with this geometry and serve only it: cells in the padding
     * are never written.
     */
    static void unfoldStride1(PlaneGeometry geo, float[] x, int n0, int g, float[] cols, int at, float[] scratch) {
        int kh = geo.kernelH();
        int kw = geo.kernelW();
        int h = geo.height();
        int w = geo.width();
        int outW = geo.outW();
        int paddedH = h + 2 * geo.padH();
        int plane = geo.outputPlaneSize();
        int ld = g * plane;
        for (int s = 0; s < g; s++) {
            for (int c = 0; c < geo.channels(); c++) {
                int source = ((n0 + s) * geo.channels() + c) * h * w;
                for (int j = 0; j < kw; j++) {
                    int shift = j - geo.padW();
                    int oxLo = Math.max(0, -shift);
                    int oxHi = Math.min(outW, w - shift);
                    int to = ((c * kw + j) * paddedH + geo.padH()) * outW;
                    for (int r = 0; r < h; r++) {
                        int src = source + r * w + shift;
                        int dst = to + r * outW;
                        for (int ox = oxLo; ox < oxHi; ox++) {
                            scratch[dst + ox] = x[src + ox];
                        }
                    }
                }
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        System.arraycopy(scratch, ((c * kw + j) * paddedH + i) * outW, cols,
                                at + ((c * kh + i) * kw + j) * ld + s * plane, plane);
                    }
                }
            }
        }
    }

    private static void unfoldRow(PlaneGeometry geo, float[] x, int n0, int g, int row, int sample, float[] cols,
                                  int colsFrom) {
        int kh = geo.kernelH();
        int kw = geo.kernelW();
        int c = row / (kh * kw);
        int ki = row / kw % kh;
        int kj = row % kw;
        int outH = geo.outH();
        int outW = geo.outW();
        int width = geo.width();
        int sw = geo.strideW();
        int plane = ((n0 + sample) * geo.channels() + c) * geo.inputPlaneSize();
        int dst = colsFrom + row * g * geo.outputPlaneSize() + sample * geo.outputPlaneSize();
        int oxLo = firstInside(kj - geo.padW(), sw);
        int oxHi = Math.min(outW, lastInside(kj - geo.padW(), sw, width) + 1);
        for (int oy = 0; oy < outH; oy++) {
            int iy = oy * geo.strideH() - geo.padH() + ki;
            int at = dst + oy * outW;
            if (iy < 0 || iy >= geo.height() || oxLo >= oxHi) {
                Arrays.fill(cols, at, at + outW, 0f);
                continue;
            }
            for (int ox = 0; ox < oxLo; ox++) {
                cols[at + ox] = 0f;
            }
            int src = plane + iy * width + kj - geo.padW();
            if (sw == 1) {
                // Rows are short (OW values): a plain loop beats System.arraycopy's call overhead here.
                for (int ox = oxLo; ox < oxHi; ox++) {
                    cols[at + ox] = x[src + ox];
                }
            } else {
                for (int ox = oxLo; ox < oxHi; ox++) {
                    cols[at + ox] = x[src + ox * sw];
                }
            }
            for (int ox = oxHi; ox < outW; ox++) {
                cols[at + ox] = 0f;
            }
        }
    }

    /**
     * dx ← fold(cols) for samples [n0, n0 + g): each input value receives the sum of the column entries it
     * was copied to. Parallel over (sample, channel) planes, so no two threads write the same value.
     */
    static void fold(ComputePool pool, PlaneGeometry geo, float[] cols, int n0, int g, float[] dx) {
        int channels = geo.channels();
        pool.forRange(g * channels, 1, (from, to) -> {
            for (int t = from; t < to; t++) {
                foldPlane(geo, cols, n0, g, t / channels, t % channels, dx);
            }
        });
    }

    private static void foldPlane(PlaneGeometry geo, float[] cols, int n0, int g, int sample, int c, float[] dx) {
        int kh = geo.kernelH();
        int kw = geo.kernelW();
        int outH = geo.outH();
        int outW = geo.outW();
        int width = geo.width();
        int sw = geo.strideW();
        int planeSize = geo.inputPlaneSize();
        int plane = ((n0 + sample) * geo.channels() + c) * planeSize;
        Arrays.fill(dx, plane, plane + planeSize, 0f);
        int ld = g * geo.outputPlaneSize();
        for (int ki = 0; ki < kh; ki++) {
            for (int kj = 0; kj < kw; kj++) {
                int src = ((c * kh + ki) * kw + kj) * ld + sample * geo.outputPlaneSize();
                int oxLo = firstInside(kj - geo.padW(), sw);
                int oxHi = Math.min(outW, lastInside(kj - geo.padW(), sw, width) + 1);
                for (int oy = 0; oy < outH; oy++) {
                    int iy = oy * geo.strideH() - geo.padH() + ki;
                    if (iy < 0 || iy >= geo.height()) {
                        continue;
                    }
                    int rowStart = plane + iy * width + kj - geo.padW();
                    int colStart = src + oy * outW;
                    for (int ox = oxLo; ox < oxHi; ox++) {
                        dx[rowStart + ox * sw] += cols[colStart + ox];
                    }
                }
            }
        }
    }

    /** The first ox ≥ 0 with ox·stride + shift ≥ 0. */
    private static int firstInside(int shift, int stride) {
        return shift >= 0 ? 0 : -Math.floorDiv(shift, stride);
    }

    /** The last ox with ox·stride + shift ≤ size − 1 (negative when there is none). */
    private static int lastInside(int shift, int stride, int size) {
        return Math.floorDiv(size - 1 - shift, stride);
    }
}
