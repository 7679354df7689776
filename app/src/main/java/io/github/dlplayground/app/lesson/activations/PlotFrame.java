package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axes for the concept lessons' small canvas charts: maps data (x, y) to pixels inside a plot area with
 * margins for tick labels, optionally with a logarithmic y axis, and draws grid, ticks, axis titles and
 * polylines that skip non-finite points. {@code scale} is 1 normally and 1.5 in presenter mode.
 */
public final class PlotFrame {
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double scale;
    private double xMin = 0;
    private double xMax = 1;
    private double yMin = 0;
    private double yMax = 1;
    private boolean logY;

    /** A plot filling {@code (0, 0, w, h)} minus margins sized for tick labels at the given scale. */
    public PlotFrame(double w, double h, double scale) {
        this.scale = scale;
        left = 66 * scale;
        top = 12 * scale;
        width = Math.max(10, w - left - 22 * scale);
        height = Math.max(10, h - top - 34 * scale);
    }

    public PlotFrame x(double min, double max) {
        xMin = min;
        xMax = max > min ? max : min + 1;
        return this;
    }

    /** Linear y range. */
    public PlotFrame y(double min, double max) {
        logY = false;
        yMin = min;
        yMax = max > min ? max : min + 1;
        return this;
    }

    /** Logarithmic y range (both bounds positive). */
    public PlotFrame logY(double min, double max) {
        logY = true;
        yMin = Math.log10(min);
        yMax = Math.log10(max) > yMin ? Math.log10(max) : yMin + 1;
        return this;
    }

    public double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    public double py(double y) {
        double v = logY ? Math.log10(y) : y;
        return top + height - (v - yMin) / (yMax - yMin) * height;
    }

    /** Data x at a pixel column. */
    public double dataX(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double plotWidth() {
        return width;
    }

    public double plotHeight() {
        return height;
    }

    public double scale() {
        return scale;
    }

    public Font font() {
        return Font.font(12 * scale);
    }

    /** Grid, ticks with labels, the frame and the two axis titles. */
    public void drawAxes(GraphicsContext g, Palette palette, String xTitle, String yTitle) {
        g.setFont(font());
        g.setLineWidth(1);
        g.setFill(palette.muted());
        for (double t : ticks(xMin, xMax, (int) Math.max(2, width / (70 * scale)))) {
            double x = px(t);
            g.setStroke(palette.grid());
            g.strokeLine(x, top, x, top + height);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(format(t), x, top + height + 3 * scale);
        }
        List<Double> yTicks = logY ? decades() : ticks(yMin, yMax, (int) Math.max(2, height / (40 * scale)));
        for (double t : yTicks) {
            double y = py(t);
            g.setStroke(palette.grid());
            g.strokeLine(left, y, left + width, y);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(format(t), left - 4 * scale, y);
        }
        g.setStroke(palette.muted());
        g.strokeRect(left, top, width, height);
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xTitle, left + width / 2, top + height + 33 * scale);
        if (yTitle != null && !yTitle.isEmpty()) {
            g.save();
            g.translate(10 * scale, top + height / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(yTitle, 0, 0);
            g.restore();
        }
    }

    /** Draws the finite points of (xs, ys) as connected runs, clipped to the plot area. */
    public void polyline(GraphicsContext g, double[] xs, double[] ys, Color colour, double lineWidth, boolean dashed) {
        g.save();
        g.beginPath();
        g.rect(left, top, width, height);
        g.clip();
        g.setStroke(colour);
        g.setLineWidth(lineWidth * scale);
        g.setLineDashes(dashed ? new double[] {6 * scale, 4 * scale} : null);
        boolean drawing = false;
        g.beginPath();
        for (int i = 0; i < xs.length; i++) {
            boolean ok = Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && (!logY || ys[i] > 0);
            if (!ok) {
                drawing = false;
                continue;
            }
            double x = px(xs[i]);
            double y = Math.max(top - 1e4, Math.min(top + height + 1e4, py(ys[i])));
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                drawing = true;
            }
        }
        g.stroke();
        g.restore();
    }

    /** Names the first two series (colours 0 and 1) at the top right inside the plot, one under the other. */
    public void legend(GraphicsContext g, Palette palette, String first, String second) {
        g.setFont(font());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        double x = left + width - 8 * scale;
        g.setFill(palette.series(0));
        g.fillText(first, x, top + 6 * scale);
        g.setFill(palette.series(1));
        g.fillText(second, x, top + 24 * scale);
    }

    private List<Double> decades() {
        List<Double> out = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil((yMax - yMin) / Math.max(2, height / (30 * scale))));
        for (int e = (int) Math.ceil(yMin); e <= Math.floor(yMax); e += step) {
            out.add(Math.pow(10, e));
        }
        return out;
    }

    /** About {@code count} round tick values (1, 2, 5 × 10^k steps) covering [min, max]. */
    public static List<Double> ticks(double min, double max, int count) {
        double raw = (max - min) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out;
    }

    /** Compact tick text: 0.5, 2, 1e-4, 1e+05. */
    public static String format(double v) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (a >= 1e4 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.0e", v);
        }
        if (a == Math.rint(a)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("0+$", "");
    }
}
