package io.github.dlplayground.visuals.heatmap;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws one rows×cols array of numbers as a block of coloured pixels scaled into a rectangle, without
 * smoothing so each value stays a sharp square. Values are normalised by {@link #range}: [min, max] for
 * {@link ColorMap#VIRIDIS}, [−m, m] with m = max |v| for {@link ColorMap#DIVERGING}.
 */
public final class HeatGrid {
    private HeatGrid() {
    }

    /** The low and high value a colour map spans for these values ({@code signed}: symmetric around 0). */
    public static double[] range(float[] values, int offset, int length, boolean signed) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + length; i++) {
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        if (length == 0 || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {0, 1};
        }
        if (signed) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            return m == 0 ? new double[] {-1, 1} : new double[] {-m, m};
        }
        return hi == lo ? new double[] {lo, lo + 1} : new double[] {lo, hi};
    }

    /**
     * Draws values[offset + r·cols + c] for r &lt; rows, c &lt; cols into (x, y, w, h), colour from
     * (v − lo) / (hi − lo).
     */
    public static void draw(GraphicsContext g, float[] values, int offset, int rows, int cols, double lo, double hi,
                            ColorMap map, double x, double y, double w, double h) {
        if (rows <= 0 || cols <= 0 || w <= 0 || h <= 0) {
            return;
        }
        var image = new WritableImage(cols, rows);
        PixelWriter px = image.getPixelWriter();
        double span = hi - lo == 0 ? 1 : hi - lo;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Color colour = map.at((values[offset + r * cols + c] - lo) / span);
                px.setColor(c, r, colour);
            }
        }
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(image, x, y, w, h);
        g.setImageSmoothing(smooth);
    }

    /** Grey image in [0, 1] (0 = white paper, 1 = black ink when {@code inkDark}, else as stored). */
    public static void drawGrey(GraphicsContext g, float[] pixels, int offset, int rows, int cols, boolean inkDark,
                                double x, double y, double w, double h) {
        var image = new WritableImage(cols, rows);
        PixelWriter px = image.getPixelWriter();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = Math.max(0, Math.min(1, pixels[offset + r * cols + c]));
                px.setColor(c, r, Color.gray(inkDark ? 1 - v : v));
            }
        }
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(image, x, y, w, h);
        g.setImageSmoothing(smooth);
    }
}
