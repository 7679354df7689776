package io.github.dlplayground.visuals.convolution;

/** Copies the numbers that still have a place when a grid, kernel stack or bias changes size; new cells are 0. */
final class Resize {
    private Resize() {
    }

    static float[] grid(float[] old, int c0, int h0, int w0, int c1, int h1, int w1) {
        float[] out = new float[c1 * h1 * w1];
        for (int c = 0; c < Math.min(c0, c1); c++) {
            for (int i = 0; i < Math.min(h0, h1); i++) {
                for (int j = 0; j < Math.min(w0, w1); j++) {
                    out[(c * h1 + i) * w1 + j] = old[(c * h0 + i) * w0 + j];
                }
            }
        }
        return out;
    }

    static float[] kernels(float[] old, int o0, int c0, int h0, int w0, int o1, int c1, int h1, int w1) {
        float[] out = new float[o1 * c1 * h1 * w1];
        for (int o = 0; o < Math.min(o0, o1); o++) {
            float[] src = grid(slice(old, o, c0 * h0 * w0), c0, h0, w0, c1, h1, w1);
            System.arraycopy(src, 0, out, o * src.length, src.length);
        }
        return out;
    }

    static float[] vector(float[] old, int n) {
        float[] out = new float[n];
        System.arraycopy(old, 0, out, 0, Math.min(old.length, n));
        return out;
    }

    private static float[] slice(float[] values, int index, int size) {
        float[] out = new float[size];
        System.arraycopy(values, index * size, out, 0, size);
        return out;
    }
}
