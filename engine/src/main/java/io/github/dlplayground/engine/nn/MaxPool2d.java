package io.github.dlplayground.engine.nn;

/**
 * Max pooling: y[n, c, oy, ox] = max over the window at (oy·sh − ph, ox·sw − pw) of x[n, c, ·, ·], padding
 * ignored (as −∞ in PyTorch); as in PyTorch the first maximum wins ties and a NaN wins over numbers. Backward routes each ∂y to the
 * input position that was the maximum. Shapes [N, C, H, W] → [N, C, OH, OW].
 */
public final class MaxPool2d extends Pool2d {
    private int[] argmax = new int[0];

    public MaxPool2d(int windowH, int windowW, int padH, int padW, int strideH, int strideW) {
        super("MaxPool2d", windowH, windowW, padH, padW, strideH, strideW);
    }

    /** No padding, stride equal to the window (PyTorch's default). */
    public MaxPool2d(int windowH, int windowW) {
        this(windowH, windowW, 0, 0, windowH, windowW);
    }

    @Override
    void prepare(int planes) {
        int size = planes * geometry.outputPlaneSize();
        if (argmax.length < size) {
            argmax = new int[size];
        }
    }

    @Override
    void forwardPlane(float[] x, int xOffset, float[] y, int yOffset) {
        int width = geometry.width();
        int[] where = argmax;
        forEachWindow((o, rowFrom, rowTo, colFrom, colTo) -> {
            int best = rowFrom * width + colFrom;
            float max = x[xOffset + best];
            for (int iy = rowFrom; iy < rowTo; iy++) {
                for (int ix = colFrom; ix < colTo; ix++) {
                    float v = x[xOffset + iy * width + ix];
                    if (v > max || Float.isNaN(v)) {
                        max = v;
                        best = iy * width + ix;
                    }
                }
            }
            y[yOffset + o] = max;
            where[yOffset + o] = best;
        });
    }

    /** 2×2, stride 2: the same rule (first maximum, NaN wins) on four values. */
    @Override
    void forwardHalving(float[] x, int xOffset, float[] y, int yOffset) {
        int width = geometry.width();
        int outW = geometry.outW();
        int[] where = argmax;
        for (int oy = 0; oy < geometry.outH(); oy++) {
            int top = 2 * oy * width;
            int out = yOffset + oy * outW;
            for (int ox = 0; ox < outW; ox++) {
                int corner = top + 2 * ox;
                int best = corner;
                float max = x[xOffset + best];
                for (int k = 1; k < 4; k++) {
                    int c = corner + (k & 1) + (k >> 1) * width;
                    float v = x[xOffset + c];
                    if (v > max || Float.isNaN(v)) {
                        max = v;
                        best = c;
                    }
                }
                y[out + ox] = max;
                where[out + ox] = best;
            }
        }
    }

    @Override
    void backwardPlane(float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int size = geometry.outputPlaneSize();
        for (int p = 0; p < size; p++) {
            dx[dxOffset + argmax[dyOffset + p]] += dy[dyOffset + p];
        }
    }
}
