package io.github.dlplayground.engine.nn;

/**
 * Average pooling that counts padded zeros (PyTorch's default count_include_pad=True): y = (1/(kh·kw))·Σ x over
 * the window; backward spreads ∂y/(kh·kw) over the window's real inputs. Shapes [N, C, H, W] → [N, C, OH, OW].
 */
public final class AvgPool2d extends Pool2d {
    public AvgPool2d(int windowH, int windowW, int padH, int padW, int strideH, int strideW) {
        super("AvgPool2d", windowH, windowW, padH, padW, strideH, strideW);
    }

    /** No padding, stride equal to the window (PyTorch's default). */
    public AvgPool2d(int windowH, int windowW) {
        this(windowH, windowW, 0, 0, windowH, windowW);
    }

    @Override
    void forwardPlane(float[] x, int xOffset, float[] y, int yOffset) {
        int width = geometry.width();
        float scale = 1f / (windowH * windowW);
        forEachWindow((o, rowFrom, rowTo, colFrom, colTo) -> {
            float sum = 0f;
            for (int iy = rowFrom; iy < rowTo; iy++) {
                for (int ix = colFrom; ix < colTo; ix++) {
                    sum += x[xOffset + iy * width + ix];
                }
            }
            y[yOffset + o] = sum * scale;
        });
    }

    @Override
    void forwardHalving(float[] x, int xOffset, float[] y, int yOffset) {
        int width = geometry.width();
        int outW = geometry.outW();
        for (int oy = 0; oy < geometry.outH(); oy++) {
            int top = xOffset + 2 * oy * width;
            int out = yOffset + oy * outW;
            for (int ox = 0; ox < outW; ox++) {
                int at = top + 2 * ox;
                y[out + ox] = (x[at] + x[at + 1] + x[at + width] + x[at + width + 1]) * 0.25f;
            }
        }
    }

    @Override
    void backwardPlane(float[] dy, int dyOffset, float[] dx, int dxOffset) {
        if (halving()) {
            backwardHalving(dy, dyOffset, dx, dxOffset);
            return;
        }
        int width = geometry.width();
        float scale = 1f / (windowH * windowW);
        forEachWindow((o, rowFrom, rowTo, colFrom, colTo) -> {
            float g = dy[dyOffset + o] * scale;
            for (int iy = rowFrom; iy < rowTo; iy++) {
                for (int ix = colFrom; ix < colTo; ix++) {
                    dx[dxOffset + iy * width + ix] += g;
                }
            }
        });
    }

    /** Halving with an even plane covers every input value once: each gets its window's ∂y/4, written, not added. */
    @Override
    boolean writesWholePlane() {
        return halving() && geometry.height() % 2 == 0 && geometry.width() % 2 == 0;
    }

    /** Writes the two input rows of each output row: the first value by value, the second as a copy of it. */
    private void backwardHalving(float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int width = geometry.width();
        int outW = geometry.outW();
        for (int oy = 0; oy < geometry.outH(); oy++) {
            int top = dxOffset + 2 * oy * width;
            int out = dyOffset + oy * outW;
            for (int ox = 0; ox < outW; ox++) {
                float g = dy[out + ox] * 0.25f;
                dx[top + 2 * ox] = g;
                dx[top + 2 * ox + 1] = g;
            }
            System.arraycopy(dx, top, dx, top + width, 2 * outW);
        }
    }
}
