package io.github.dlplayground.engine.nn;

/**
 * Average pooling that counts padded zeros (PyTorch's default count_include_pad=True): y = (1/(kh·kw))·Σ x over
 * the window; backward spreads ∂y/(kh·kw) over the window's real inputs. Shapes [N, C, H, W] → [N, C, OH, OW].
 */
public final class AvgPool2d extends Pool2d {
    public AvgPool2d(int windowH, int windowW, int padH, int padW, int strideH, int strideW) {
        super(windowH, windowW, padH, padW, strideH, strideW);
    }

    /** No padding, stride equal to the window (PyTorch's default). */
    public AvgPool2d(int windowH, int windowW) {
        this(windowH, windowW, 0, 0, windowH, windowW);
    }

    @Override
    String kind() {
        return "AvgPool2d";
    }

    @Override
    void forwardPlane(float[] x, int xOffset, float[] y, int yOffset, int planeIndex) {
        int height = geometry.height();
        int width = geometry.width();
        int outW = geometry.outW();
        int outH = geometry.outH();
        float scale = 1f / (windowH * windowW);
        for (int oy = 0; oy < outH; oy++) {
            int y0 = Math.max(0, oy * strideH - padH);
            int y1 = Math.min(height, oy * strideH - padH + windowH);
            for (int ox = 0; ox < outW; ox++) {
                int x0 = Math.max(0, ox * strideW - padW);
                int x1 = Math.min(width, ox * strideW - padW + windowW);
                float sum = 0f;
                for (int iy = y0; iy < y1; iy++) {
                    for (int ix = x0; ix < x1; ix++) {
                        sum += x[xOffset + iy * width + ix];
                    }
                }
                y[yOffset + oy * outW + ox] = sum * scale;
            }
        }
    }

    @Override
    void backwardPlane(float[] dy, int dyOffset, float[] dx, int dxOffset, int planeIndex) {
        int height = geometry.height();
        int width = geometry.width();
        int outW = geometry.outW();
        int outH = geometry.outH();
        float scale = 1f / (windowH * windowW);
        for (int oy = 0; oy < outH; oy++) {
            int y0 = Math.max(0, oy * strideH - padH);
            int y1 = Math.min(height, oy * strideH - padH + windowH);
            for (int ox = 0; ox < outW; ox++) {
                int x0 = Math.max(0, ox * strideW - padW);
                int x1 = Math.min(width, ox * strideW - padW + windowW);
                float g = dy[dyOffset + oy * outW + ox] * scale;
                for (int iy = y0; iy < y1; iy++) {
                    for (int ix = x0; ix < x1; ix++) {
                        dx[dxOffset + iy * width + ix] += g;
                    }
                }
            }
        }
    }
}
