package io.github.dlplayground.visuals.heatmap;

import javafx.scene.paint.Color;

/**
 * Maps t ∈ [0, 1] to a colour. {@link #VIRIDIS} is perceptually uniform and readable by colour-blind eyes
 * (matplotlib's viridis, 9 stops, linear in between); {@link #DIVERGING} runs blue → near-white → red for
 * signed values with 0 at t = 0.5. Values outside [0, 1] are clamped, NaN maps to the first stop.
 */
public final class ColorMap {
    public static final ColorMap VIRIDIS = new ColorMap(
            "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725");
    public static final ColorMap DIVERGING = new ColorMap(
            "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b");

    private final Color[] stops;

    private ColorMap(String... hex) {
        stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
    }

    /** The colour at t ∈ [0, 1]. */
    public Color at(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = c * (stops.length - 1);
        int i = Math.min((int) pos, stops.length - 2);
        return stops[i].interpolate(stops[i + 1], pos - i);
    }

    /** Black or white, whichever reads better on {@code background} (relative luminance above 0.45 → black). */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue();
        return luminance > 0.45 ? Color.BLACK : Color.WHITE;
    }
}
