package io.github.dlplayground.visuals.chart;

/**
 * One named series: its points, its colour (index into the palette's series colours, so the same optimizer
 * has the same colour in every view) and whether it is drawn as a line or as dots.
 */
public record Series(String name, int colorIndex, Style style, SeriesData data) {
    public enum Style { LINE, POINTS }

    public static Series line(String name, int colorIndex, SeriesData data) {
        return new Series(name, colorIndex, Style.LINE, data);
    }

    public static Series points(String name, int colorIndex, SeriesData data) {
        return new Series(name, colorIndex, Style.POINTS, data);
    }
}
