package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surface;

/**
 * One computed picture of a surface over some bounds: f sampled at the centres of cols × rows cells (row 0
 * at the top), its range, its colours (viridis through a linear or log {@link ColorScale}), contour
 * segments in model coordinates, and the largest |∇f| seen (to size gradient arrows). Immutable once
 * built; built off the FX thread (plain Java), drawn on it.
 */
public final class SurfaceRaster {
    /** Contour levels drawn over the heat map. */
    public static final int CONTOUR_LEVELS = 12;

    private final Bounds bounds;
    private final int cols;
    private final int rows;
    private final float[] values;
    private final int[] argb;
    private final ColorScale scale;
    private final float[] contours;
    private final double maxGradient;

    private SurfaceRaster(Bounds bounds, int cols, int rows, float[] values, int[] argb, ColorScale scale,
                          float[] contours, double maxGradient) {
        this.bounds = bounds;
        this.cols = cols;
        this.rows = rows;
        this.values = values;
        this.argb = argb;
        this.scale = scale;
        this.contours = contours;
        this.maxGradient = maxGradient;
    }

    /** Samples, colours and contours the surface; about cols·rows evaluations of f. */
    public static SurfaceRaster compute(Surface surface, Bounds b, int cols, int rows, boolean log) {
        if (cols < 2 || rows < 2) {
            throw new IllegalArgumentException("a raster needs at least 2 × 2 cells, got " + cols + " × " + rows);
        }
        float[] values = new float[cols * rows];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double dx = b.width() / cols;
        double dy = b.height() / rows;
        for (int r = 0; r < rows; r++) {
            double y = b.yMax() - (r + 0.5) * dy;
            int row = r * cols;
            for (int c = 0; c < cols; c++) {
                double f = surface.value(b.xMin() + (c + 0.5) * dx, y);
                if (Double.isFinite(f)) {
                    values[row + c] = (float) f;
                    if (f < min) {
                        min = f;
                    }
                    if (f > max) {
                        max = f;
                    }
                } else {
                    values[row + c] = Float.NaN;
                }
            }
        }
        if (!(min <= max)) {
            min = 0;
            max = 1;
        }
        var scale = new ColorScale(min, max, log);
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            argb[i] = ColorMap.argb(scale.t(values[i]));
        }
        float[] segments = Contours.segments(values, cols, rows, scale.levels(CONTOUR_LEVELS));
        for (int i = 0; i < segments.length; i += 2) {
            segments[i] = (float) (b.xMin() + (segments[i] + 0.5) * dx);
            segments[i + 1] = (float) (b.yMax() - (segments[i + 1] + 0.5) * dy);
        }
        return new SurfaceRaster(b, cols, rows, values, argb, scale, segments, maxGradient(surface, b));
    }

    private static double maxGradient(Surface surface, Bounds b) {
        double[] g = new double[2];
        double max = 0;
        int n = 24;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                surface.gradient(b.xMin() + (i + 0.5) * b.width() / n, b.yMin() + (j + 0.5) * b.height() / n, g);
                double m = Math.hypot(g[0], g[1]);
                if (Double.isFinite(m)) {
                    max = Math.max(max, m);
                }
            }
        }
        return max;
    }

    public Bounds bounds() {
        return bounds;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** f at cell (col, row), NaN where f is undefined. */
    public float value(int col, int row) {
        return values[row * cols + col];
    }

    /** Colours, row-major from the top-left, ARGB (transparent where f is undefined). */
    public int[] argb() {
        return argb;
    }

    public ColorScale scale() {
        return scale;
    }

    /** Contour segments x1, y1, x2, y2 in model coordinates. */
    public float[] contours() {
        return contours;
    }

    public double maxGradient() {
        return maxGradient;
    }
}
