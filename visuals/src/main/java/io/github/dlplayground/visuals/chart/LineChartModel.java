package io.github.dlplayground.visuals.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * What a line chart shows: series on shared axes, axis titles, linear or log y, and optional fixed
 * ranges (otherwise the range follows the data). Plain Java; FX thread only when a view shows it.
 */
public final class LineChartModel {
    private final List<Series> series = new ArrayList<>();
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;
    private double[] xRange;
    private double[] yRange;
    private boolean showLegend = true;

    public List<Series> series() {
        return List.copyOf(series);
    }

    public void setSeries(List<Series> list) {
        series.clear();
        series.addAll(list);
    }

    public void addSeries(Series s) {
        series.add(s);
    }

    public void clear() {
        series.clear();
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public void setLabels(String x, String y) {
        xLabel = x == null ? "" : x;
        yLabel = y == null ? "" : y;
    }

    public boolean logY() {
        return logY;
    }

    public void setLogY(boolean log) {
        logY = log;
    }

    public boolean showLegend() {
        return showLegend;
    }

    public void setShowLegend(boolean show) {
        showLegend = show;
    }

    /** Fixes the x range; null lets it follow the data. */
    public void setXRange(double[] range) {
        xRange = range == null ? null : range.clone();
    }

    public void setYRange(double[] range) {
        yRange = range == null ? null : range.clone();
    }

    /**
     * The ranges to draw, {xMin, xMax, yMin, yMax}: fixed ones as set, others from the finite data (positive
     * y only on a log axis), widened when empty or flat.
     */
    public double[] bounds() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            SeriesData d = s.data();
            for (int i = 0, n = d.size(); i < n; i++) {
                double x = d.x(i);
                double y = d.y(i);
                if (!Double.isFinite(x) || !Double.isFinite(y) || (logY && y <= 0)) {
                    continue;
                }
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
            }
        }
        if (xRange != null) {
            x0 = xRange[0];
            x1 = xRange[1];
        }
        if (yRange != null) {
            y0 = yRange[0];
            y1 = yRange[1];
        }
        if (!(x1 > x0)) {
            double c = Double.isFinite(x0) ? x0 : 0;
            x0 = c - 0.5;
            x1 = c + 1;
            if (Double.isFinite(c) && c >= 0 && x0 < 0) {
                x0 = 0;
            }
        }
        if (!(y1 > y0)) {
            double c = Double.isFinite(y0) ? y0 : (logY ? 1 : 0);
            y0 = logY ? c / 10 : c - 1;
            y1 = logY ? c * 10 : c + 1;
        } else if (yRange == null && !logY) {
            double pad = (y1 - y0) * 0.05;
            y0 -= pad;
            y1 += pad;
        }
        return new double[] {x0, x1, y0, y1};
    }

    /** True when some finite y is ≤ 0 and so cannot be shown on the log axis. */
    public boolean hasNonPositiveY() {
        for (Series s : series) {
            SeriesData d = s.data();
            for (int i = 0, n = d.size(); i < n; i++) {
                if (d.y(i) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
