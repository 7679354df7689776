package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.Simd;

/**
 * Max pooling: y[n, c, oy, ox] = max over the window at (oy·sh − ph, ox·sw − pw) of x[n, c, ·, ·], padding
 * ignored (as −∞ in PyTorch); as in PyTorch the first maximum wins ties and a NaN wins over numbers. Backward routes each ∂y to the
 * input position that was the maximum. Shapes [N, C, H, W] → [N, C, OH, OW].
 */
public final class MaxPool2d extends Pool2d {
    private int[] argmax = new int[0];
    /** Top-left corner of each 2×2 window in its input plane, made in {@link #prepare} for the vector loop. */
    private int[] corners = new int[0];
    private PlaneGeometry cornersFor;
    private boolean vectorLoops = Simd.available();

    public MaxPool2d(int windowH, int windowW, int padH, int padW, int strideH, int strideW) {
        super("MaxPool2d", windowH, windowW, padH, padW, strideH, strideW);
    }

    /** No padding, stride equal to the window (PyTorch's default). */
    public MaxPool2d(int windowH, int windowW) {
        this(windowH, windowW, 0, 0, windowH, windowW);
    }

    /** Chooses the Vector API loop for 2×2 windows (the default where the module is there) or the plain one. */
    void useVectorLoops(boolean use) {
        vectorLoops = use && Simd.available();
    }

    @Override
    void prepare(int planes) {
        int size = planes * geometry.outputPlaneSize();
        if (argmax.length < size) {
            argmax = new int[size];
        }
        if (vectorLoops && !geometry.equals(cornersFor)) {
            int outW = geometry.outW();
            corners = new int[geometry.outputPlaneSize()];
            for (int q = 0; q < corners.length; q++) {
                corners[q] = 2 * (q / outW) * geometry.width() + 2 * (q % outW);
            }
            cornersFor = geometry;
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

    /**
     * 2×2, stride 2: the same rule (first maximum, NaN wins) on four values, without branches, which random data
     * would mispredict half the time: values are compared as integer keys (the float bits with the negative range
     * flipped, −0 counted as +0), and each comparison's sign bit selects. Windows holding a NaN or an infinity take
     * the plain path.
     */
    @Override
    void forwardHalving(float[] x, int xOffset, float[] y, int yOffset) {
        if (vectorLoops) {
            forwardHalvingVectors(x, xOffset, y, yOffset);
            return;
        }
        int width = geometry.width();
        int outW = geometry.outW();
        int[] where = argmax;
        for (int oy = 0; oy < geometry.outH(); oy++) {
            int top = 2 * oy * width;
            int out = yOffset + oy * outW;
            for (int ox = 0; ox < outW; ox++) {
                int corner = top + 2 * ox;
                int at = xOffset + corner;
                float a = x[at];
                float b = x[at + 1];
                float c = x[at + width];
                float d = x[at + width + 1];
                if (Float.isNaN((a - a) + (b - b) + (c - c) + (d - d))) {
                    maxOfWindow(x, xOffset, corner, y, where, out + ox);
                    continue;
                }
                long ka = key(a);
                long kb = key(b);
                long kc = key(c);
                long kd = key(d);
                long later = (ka - kb) >> 63;
                long k1 = ka ^ ((ka ^ kb) & later);
                int i1 = (int) later & 1;
                later = (k1 - kc) >> 63;
                long k2 = k1 ^ ((k1 ^ kc) & later);
                int i2 = i1 ^ ((i1 ^ width) & (int) later);
                later = (k2 - kd) >> 63;
                int i3 = i2 ^ ((i2 ^ (width + 1)) & (int) later);
                y[out + ox] = x[at + i3];
                where[out + ox] = corner + i3;
            }
        }
    }

    /** The Vector API loop for whole vectors of windows, then the plain rule for the plane's last few. */
    private void forwardHalvingVectors(float[] x, int xOffset, float[] y, int yOffset) {
        int[] at = corners;
        int count = geometry.outputPlaneSize();
        int done = SimdPooling.maxHalving(x, xOffset, geometry.width(), at, count, y, argmax, yOffset);
        for (int q = done; q < count; q++) {
            maxOfWindow(x, xOffset, at[q], y, argmax, yOffset + q);
        }
    }

    /** An int that orders like the float for numbers (−0 and +0 equal): bits, negative ones flipped. */
    private static int key(float v) {
        int bits = Float.floatToRawIntBits(v + 0f);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }

    /** The 2×2 window at {@code corner} by the plain rule. */
    private void maxOfWindow(float[] x, int xOffset, int corner, float[] y, int[] where, int o) {
        int width = geometry.width();
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
        y[o] = max;
        where[o] = best;
    }

    @Override
    void backwardPlane(float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int size = geometry.outputPlaneSize();
        for (int p = 0; p < size; p++) {
            dx[dxOffset + argmax[dyOffset + p]] += dy[dyOffset + p];
        }
    }
}
