package io.github.dlplayground.visuals.surface;

import java.util.Arrays;

/**
 * Contour lines by marching squares over a grid of samples: for each level and each square of four
 * neighbouring samples, the crossing points on its edges (linear interpolation) joined into segments.
 * Output: x1, y1, x2, y2 per segment in grid coordinates (column, row), to be mapped by the caller.
 */
public final class Contours {
    private Contours() {
    }

    /** Segments of all levels over values[row·cols + col]; squares with a NaN corner are skipped. */
    public static float[] segments(float[] values, int cols, int rows, double[] levels) {
        float[] out = new float[1024];
        int n = 0;
        float[] p = new float[8];
        for (double level : levels) {
            for (int r = 0; r + 1 < rows; r++) {
                for (int c = 0; c + 1 < cols; c++) {
                    double a = values[r * cols + c];
                    double b = values[r * cols + c + 1];
                    double d = values[(r + 1) * cols + c];
                    double e = values[(r + 1) * cols + c + 1];
                    if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(d) || Double.isNaN(e)) {
                        continue;
                    }
                    int k = 0;
                    // edges: top (a–b), right (b–e), bottom (d–e), left (a–d)
                    k = cross(a, b, level, c, r, c + 1, r, p, k);
                    k = cross(b, e, level, c + 1, r, c + 1, r + 1, p, k);
                    k = cross(d, e, level, c, r + 1, c + 1, r + 1, p, k);
                    k = cross(a, d, level, c, r, c, r + 1, p, k);
                    if (k < 4) {
                        continue;
                    }
                    if (n + 8 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    if (k == 4) {
                        System.arraycopy(p, 0, out, n, 4);
                        n += 4;
                    } else {
                        // a saddle square: four crossings; pair them by the centre's side of the level
                        boolean centreAbove = (a + b + d + e) / 4 > level;
                        boolean aAbove = a > level;
                        if (centreAbove == aAbove) {
                            // a joins e through the centre: cut off the corners b and d
                            put(out, n, p, 0, 2);
                            put(out, n + 4, p, 4, 6);
                        } else {
                            // b joins d: cut off the corners a and e
                            put(out, n, p, 0, 6);
                            put(out, n + 4, p, 2, 4);
                        }
                        n += 8;
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static void put(float[] out, int at, float[] p, int first, int second) {
        out[at] = p[first];
        out[at + 1] = p[first + 1];
        out[at + 2] = p[second];
        out[at + 3] = p[second + 1];
    }

    private static int cross(double v0, double v1, double level, int c0, int r0, int c1, int r1, float[] p, int k) {
        if ((v0 > level) == (v1 > level)) {
            return k;
        }
        double t = (level - v0) / (v1 - v0);
        p[k] = (float) (c0 + t * (c1 - c0));
        p[k + 1] = (float) (r0 + t * (r1 - r0));
        return k + 2;
    }
}
