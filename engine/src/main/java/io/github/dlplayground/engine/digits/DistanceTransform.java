package io.github.dlplayground.engine.digits;

/**
 * Exact Euclidean distance transform (Felzenszwalb and Huttenlocher, 2012): for every pixel of a
 * width × height grid, the squared distance to the nearest marked pixel, by two passes of the 1-D lower
 * envelope of parabolas (columns, then rows). O(width·height).
 */
final class DistanceTransform {
    /** Larger than any squared distance on a grid we use; marks "no pixel yet". */
    private static final double FAR = 1e12;

    private DistanceTransform() {
    }

    /** Squared distances to the nearest {@code marked} pixel; all FAR when none is marked. */
    static float[] squared(boolean[] marked, int width, int height) {
        double[] grid = new double[width * height];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = marked[i] ? 0 : FAR;
        }
        int longest = Math.max(width, height);
        double[] f = new double[longest];
        double[] d = new double[longest];
        int[] v = new int[longest];
        double[] z = new double[longest + 1];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                f[y] = grid[y * width + x];
            }
            lowerEnvelope(f, height, d, v, z);
            for (int y = 0; y < height; y++) {
                grid[y * width + x] = d[y];
            }
        }
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(grid, y * width, f, 0, width);
            lowerEnvelope(f, width, d, v, z);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (float) d[x];
            }
        }
        return out;
    }

    /** d[q] = min over p of (q − p)² + f[p], for q in [0, n). */
    private static void lowerEnvelope(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            double dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }

    private static double intersection(double[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
