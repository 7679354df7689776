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

    /**
     * Segments of all levels over values[row·cols + col]; squares with a NaN corner are skipped. Each sample
     * first gets its band (how many levels lie below it), so a square is visited per level only when its
     * corners lie in different bands — most squares cost four comparisons.
     */
    public static float[] segments(float[] values, int cols, int rows, double[] levels) {
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        int[] band = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            band[i] = Float.isNaN(values[i]) ? -1 : below(sorted, values[i]);
        }
        float[] out = new float[1024];
        int n = 0;
        float[] p = new float[8];
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                int i = r * cols + c;
                int ba = band[i];
                int bb = band[i + 1];
                int bd = band[i + cols];
                int be = band[i + cols + 1];
                int lo = Math.min(Math.min(ba, bb), Math.min(bd, be));
                int hi = Math.max(Math.max(ba, bb), Math.max(bd, be));
                if (lo < 0 || lo == hi) {
                    continue;
                }
                for (int k = lo; k < hi; k++) {
                    if (n + 8 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    n = square(values[i], values[i + 1], values[i + cols], values[i + cols + 1], sorted[k], c, r, p,
                            out, n);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** How many of the sorted levels lie strictly below v. */
    private static int below(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Marching squares for one square (corners a b / d e, top row first) and one level; returns the new n. */
    private static int square(double a, double b, double d, double e, double level, int c, int r, float[] p,
                              float[] out, int n) {
        int k = 0;
        // edges: top (a–b), right (b–e), bottom (d–e), left (a–d)
        k = cross(a, b, level, c, r, c + 1, r, p, k);
        k = cross(b, e, level, c + 1, r, c + 1, r + 1, p, k);
        k = cross(d, e, level, c, r + 1, c + 1, r + 1, p, k);
        k = cross(a, d, level, c, r, c, r + 1, p, k);
        if (k < 4) {
            return n;
        }
        if (k == 4) {
            System.arraycopy(p, 0, out, n, 4);
            return n + 4;
        }
        // a saddle square: four crossings; pair them by the centre's side of the level
        boolean centreAbove = (a + b + d + e) / 4 > level;
        if (centreAbove == (a > level)) {
            // a joins e through the centre: cut off the corners b and d
            put(out, n, p, 0, 2);
            put(out, n + 4, p, 4, 6);
        } else {
            // b joins d: cut off the corners a and e
            put(out, n, p, 0, 6);
            put(out, n + 4, p, 2, 4);
        }
        return n + 8;
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
