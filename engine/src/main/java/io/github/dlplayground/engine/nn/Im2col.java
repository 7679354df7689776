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
