package io.github.dlplayground.visuals.chart;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link LineChartModel}: grid, ticks and axis titles, each series as a line (broken at points
 * it cannot show) or as dots, and a legend. Never changes the model; {@code scale} enlarges text and
 * strokes (presenter mode).
 */
public final class LineChartRenderer {
    private LineChartRenderer() {
    }

    /** The plot rectangle {left, top, right, bottom} inside a canvas of the given size. */
    public static double[] plotArea(double width, double height, double scale) {
        return new double[] {58 * scale, 10 * scale, width - 14 * scale, height - 40 * scale};
    }

    public static void draw(GraphicsContext g, LineChartModel model, double width, double height, Palette palette,
                            double scale, String note) {
        double[] a = plotArea(width, height, scale);
        if (a[2] - a[0] < 20 || a[3] - a[1] < 20) {
            return;
        }
        double[] b = model.bounds();
        boolean log = model.logY();
        var map = new Mapping(a, b, log);
        Font font = Font.font(11 * scale);
        g.setFont(font);
        drawGrid(g, model, map, palette, scale);
        g.save();
        g.beginPath();
        g.rect(a[0], a[1], a[2] - a[0], a[3] - a[1]);
        g.clip();
        for (Series s : model.series()) {
            Color c = palette.series(s.colorIndex());
            if (s.style() == Series.Style.LINE) {
                drawLine(g, s.data(), map, c, 2 * scale);
            } else {
                drawPoints(g, s.data(), map, c, 3 * scale);
            }
        }
        g.restore();
        if (model.showLegend()) {
            drawLegend(g, model, a, palette, scale);
        }
        if (note != null && !note.isEmpty()) {
            g.setFill(palette.muted());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(note, a[0] + 6 * scale, a[3] - 4 * scale);
        }
    }

    /** Data ↔ pixel mapping for one drawing. */
    static final class Mapping {
        final double left;
        final double top;
        final double right;
        final double bottom;
        final double x0;
        final double x1;
        final double y0;
        final double y1;
        final boolean log;

        Mapping(double[] area, double[] bounds, boolean log) {
            left = area[0];
            top = area[1];
            right = area[2];
            bottom = area[3];
            x0 = bounds[0];
            x1 = bounds[1];
            this.log = log;
            y0 = log ? Math.log10(bounds[2]) : bounds[2];
            y1 = log ? Math.log10(bounds[3]) : bounds[3];
        }

        double px(double x) {
            return left + (x - x0) / (x1 - x0) * (right - left);
        }

        double py(double y) {
            double v = log ? Math.log10(y) : y;
            return bottom - (v - y0) / (y1 - y0) * (bottom - top);
        }

        boolean shows(double x, double y) {
            return Double.isFinite(x) && Double.isFinite(y) && (!log || y > 0);
        }
    }

    private static void drawGrid(GraphicsContext g, LineChartModel model, Mapping m, Palette p, double scale) {
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.setFill(p.muted());
        double[] xt = Ticks.linear(m.x0, m.x1, Math.max(4, (int) ((m.right - m.left) / (70 * scale))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xt) {
            double x = Math.round(m.px(t)) + 0.5;
            g.strokeLine(x, m.top, x, m.bottom);
            g.fillText(Ticks.format(t), x, m.bottom + 4 * scale);
        }
        double[] yt = m.log ? Ticks.log(Math.pow(10, m.y0), Math.pow(10, m.y1))
                : Ticks.linear(m.y0, m.y1, Math.max(2, (int) ((m.bottom - m.top) / (40 * scale))));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yt) {
            double y = Math.round(m.py(t)) + 0.5;
            g.strokeLine(m.left, y, m.right, y);
            g.fillText(Ticks.format(t), m.left - 4 * scale, y);
        }
        g.setStroke(p.muted());
        g.strokeRect(m.left + 0.5, m.top + 0.5, m.right - m.left - 1, m.bottom - m.top - 1);
        g.setFill(p.foreground());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(model.xLabel(), (m.left + m.right) / 2, m.bottom + 38 * scale);
        g.save();
        g.translate(12 * scale, (m.top + m.bottom) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(model.yLabel(), 0, 0);
        g.restore();
    }

    private static void drawLine(GraphicsContext g, SeriesData d, Mapping m, Color c, double width) {
        int n = d.size();
        if (n == 0) {
            return;
        }
        int stride = Math.max(1, (int) (n / Math.max(1, 2 * (m.right - m.left))));
        g.setStroke(c);
        g.setLineWidth(width);
        g.beginPath();
        boolean open = false;
        for (int i = 0; i < n; i += stride) {
            int k = i + stride >= n ? n - 1 : i;
            double x = d.x(k);
            double y = d.y(k);
            if (!m.shows(x, y)) {
                open = false;
                continue;
            }
            double px = m.px(x);
            double py = clamp(m.py(y), m.top - 1e4, m.bottom + 1e4);
            if (open) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                open = true;
            }
        }
        if (n == 1 && m.shows(d.x(0), d.y(0))) {
            g.fillOval(m.px(d.x(0)) - width, m.py(d.y(0)) - width, 2 * width, 2 * width);
        }
        g.stroke();
    }

    private static void drawPoints(GraphicsContext g, SeriesData d, Mapping m, Color c, double r) {
        g.setFill(c.deriveColor(0, 1, 1, 0.75));
        for (int i = 0, n = d.size(); i < n; i++) {
            if (m.shows(d.x(i), d.y(i))) {
                g.fillOval(m.px(d.x(i)) - r, m.py(d.y(i)) - r, 2 * r, 2 * r);
            }
        }
    }

    private static void drawLegend(GraphicsContext g, LineChartModel model, double[] a, Palette p, double scale) {
        var list = model.series();
        if (list.isEmpty()) {
            return;
        }
        double row = 16 * scale;
        double w = 0;
        for (Series s : list) {
            w = Math.max(w, textWidth(s.name(), g.getFont()));
        }
        double boxW = w + 34 * scale;
        double boxH = row * list.size() + 8 * scale;
        double x = a[2] - boxW - 6 * scale;
        double y = a[1] + 6 * scale;
        g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(x, y, boxW, boxH, 6 * scale, 6 * scale);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < list.size(); i++) {
            Series s = list.get(i);
            double cy = y + 4 * scale + row * (i + 0.5);
            g.setStroke(p.series(s.colorIndex()));
            g.setFill(p.series(s.colorIndex()));
            g.setLineWidth(2.5 * scale);
            if (s.style() == Series.Style.LINE) {
                g.strokeLine(x + 6 * scale, cy, x + 22 * scale, cy);
            } else {
                g.fillOval(x + 11 * scale, cy - 3 * scale, 6 * scale, 6 * scale);
            }
            g.setFill(p.foreground());
            g.fillText(s.name(), x + 28 * scale, cy);
        }
    }

    /** The width of a text in a font, for placing labels. FX thread only. */
    public static double textWidth(String s, Font font) {
        var text = new javafx.scene.text.Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
