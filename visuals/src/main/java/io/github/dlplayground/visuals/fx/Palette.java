package io.github.dlplayground.visuals.fx;

import javafx.scene.paint.Color;

/**
 * The colours canvas renderers draw with, one set per theme, matching the AtlantaFX light and dark
 * themes and the app's single accent colour. Series colours are distinguishable for colour-blind eyes
 * (Okabe–Ito).
 */
public record Palette(Color background, Color foreground, Color muted, Color grid, Color accent, Color danger,
                      Color success, Color[] series) {
    private static final Color[] OKABE_ITO = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000")};
    private static final Color[] OKABE_ITO_DARK = {
        Color.web("#56B4E9"), Color.web("#E69F00"), Color.web("#2DD4A0"), Color.web("#E08BC4"),
        Color.web("#F0E442"), Color.web("#7FA7FF"), Color.web("#FF7F6B"), Color.web("#FFFFFF")};

    public static Palette light() {
        return new Palette(Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#636c76"), Color.web("#d0d7de"),
                Color.web("#0969da"), Color.web("#cf222e"), Color.web("#1a7f37"), OKABE_ITO);
    }

    public static Palette dark() {
        return new Palette(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#30363d"),
                Color.web("#4493f8"), Color.web("#f85149"), Color.web("#3fb950"), OKABE_ITO_DARK);
    }

    public static Palette of(boolean dark) {
        return dark ? dark() : light();
    }

    /** The i-th series colour, cycling. */
    public Color series(int i) {
        return series[Math.floorMod(i, series.length)];
    }
}
