package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.train.EpochMetrics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The training curves of a run as a PNG, side by side: loss (training loss as a running mean over each epoch,
 * evaluation loss after it) and accuracy (training and evaluation), against the epoch — the numbers of the
 * engine's per-epoch history. Solid lines for training, dashed for evaluation ("test" or "valid").
 */
final class CurvesImage {
    static final int WIDTH = 780;
    static final int HEIGHT = 400;
    private static final int TOP = 62;
    private static final int BOTTOM = HEIGHT - 76;
    private static final Stroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
            new float[] {7, 5}, 0);

    private record Series(String label, Color color, Stroke stroke, ToDoubleFunction<EpochMetrics> value) {
    }

    private CurvesImage() {
    }

    static byte[] png(String name, List<EpochMetrics> history, ExportTexts t) {
        BufferedImage image = ChartStyle.canvas(WIDTH, HEIGHT);
        Graphics2D g = ChartStyle.graphics(image);
        g.setColor(ChartStyle.INK);
        g.setFont(ChartStyle.bold(16));
        g.drawString(t.get("export.img.curves.title", name), 16, 26);
        boolean validation = !history.isEmpty() && "validation".equals(history.get(history.size() - 1).evaluatedOn());
        String eval = validation ? "valid" : "test";
        List<Series> loss = List.of(
                new Series(t.get("export.img.trainLoss"), ChartStyle.SERIES[0], SOLID, EpochMetrics::trainLoss),
                new Series(t.get("export.img." + eval + "Loss"), ChartStyle.SERIES[3], DASHED, EpochMetrics::evalLoss));
        List<Series> accuracy = List.of(
                new Series(t.get("export.img.trainAcc"), ChartStyle.SERIES[1], SOLID, EpochMetrics::trainAccuracy),
                new Series(t.get("export.img." + eval + "Acc"), ChartStyle.SERIES[2], DASHED, EpochMetrics::evalAccuracy));
        double[] lossRange = range(history, loss, true);
        double[] accRange = range(history, accuracy, false);
        panel(g, 16, t.get("export.img.loss"), history, loss, lossRange, t);
        panel(g, 16 + WIDTH / 2, t.get("export.img.accuracy"), history, accuracy, accRange, t);
        g.dispose();
        return ChartStyle.png(image);
    }

    /** Loss from 0; accuracy around its values, within [0, 1]. */
    private static double[] range(List<EpochMetrics> history, List<Series> series, boolean fromZero) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (EpochMetrics m : history) {
            for (Series s : series) {
                double v = s.value().applyAsDouble(m);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isFinite(lo)) {
            return new double[] {0, 1};
        }
        if (fromZero) {
            return new double[] {0, Math.max(0.1, Math.ceil(hi * 1.05 * 10) / 10)};
        }
        double a = Math.max(0, Math.floor((lo - 0.02) * 10) / 10);
        double b = Math.min(1, Math.ceil((hi + 0.02) * 10) / 10);
        return b - a < 0.1 ? new double[] {Math.max(0, b - 0.1), b} : new double[] {a, b};
    }

    private static void panel(Graphics2D g, int x0, String heading, List<EpochMetrics> history, List<Series> series,
                              double[] yRange, ExportTexts t) {
        int left = x0 + 48;
        int right = x0 + WIDTH / 2 - 28;
        int n = history.size();
        double xMin = n <= 1 ? 0.5 : 1;
        double xMax = n <= 1 ? 1.5 : n;
        g.setFont(ChartStyle.bold(14));
        g.setColor(ChartStyle.INK);
        g.drawString(heading, left, TOP - 12);
        g.setFont(ChartStyle.font(11.5f));
        FontMetrics fm = g.getFontMetrics();
        for (double y : ChartStyle.ticks(yRange[0], yRange[1], 5)) {
            double py = BOTTOM - (y - yRange[0]) / (yRange[1] - yRange[0]) * (BOTTOM - TOP);
            g.setColor(ChartStyle.GRID);
            g.draw(new Line2D.Double(left, py, right, py));
            g.setColor(ChartStyle.MUTED);
            String label = String.format(Locale.ROOT, yRange[1] - yRange[0] < 0.5 ? "%.2f" : "%.1f", y);
            g.drawString(label, left - 6 - fm.stringWidth(label), (float) (py + fm.getAscent() / 2.0 - 1));
        }
        for (double x : ChartStyle.ticks(xMin, xMax, 8)) {
            if (x != Math.rint(x) || x < 1) {
                continue;
            }
            double px = left + (x - xMin) / (xMax - xMin) * (right - left);
            String label = Integer.toString((int) x);
            g.setColor(ChartStyle.MUTED);
            g.draw(new Line2D.Double(px, BOTTOM, px, BOTTOM + 4));
            g.drawString(label, (float) (px - fm.stringWidth(label) / 2.0), BOTTOM + 8 + fm.getAscent());
        }
        g.setColor(ChartStyle.MUTED);
        g.drawRect(left, TOP, right - left, BOTTOM - TOP);
        String epoch = t.get("export.img.epoch");
        g.drawString(epoch, (left + right - fm.stringWidth(epoch)) / 2f, BOTTOM + 26 + fm.getAscent());
        for (Series s : series) {
            drawSeries(g, history, s, left, right, xMin, xMax, yRange);
        }
        legend(g, series, left, HEIGHT - 18);
    }

    private static void drawSeries(Graphics2D g, List<EpochMetrics> history, Series s, int left, int right,
                                   double xMin, double xMax, double[] yRange) {
        var path = new Path2D.Double();
        boolean started = false;
        g.setColor(s.color());
        for (EpochMetrics m : history) {
            double v = s.value().applyAsDouble(m);
            if (!Double.isFinite(v)) {
                continue;
            }
            double px = left + (m.epoch() - xMin) / (xMax - xMin) * (right - left);
            double py = BOTTOM - (v - yRange[0]) / (yRange[1] - yRange[0]) * (BOTTOM - TOP);
            if (started) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                started = true;
            }
            g.fill(new Ellipse2D.Double(px - 3.2, py - 3.2, 6.4, 6.4));
        }
        g.setStroke(s.stroke());
        g.draw(path);
        g.setStroke(new BasicStroke(1));
    }

    private static void legend(Graphics2D g, List<Series> series, int x, int baseline) {
        g.setFont(ChartStyle.font(12.5f));
        FontMetrics fm = g.getFontMetrics();
        double cx = x;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(s.stroke());
            g.draw(new Line2D.Double(cx, baseline - 4.5, cx + 26, baseline - 4.5));
            g.setStroke(new BasicStroke(1));
            g.setColor(ChartStyle.INK);
            g.drawString(s.label(), (float) (cx + 32), baseline);
            cx += 32 + fm.stringWidth(s.label()) + 22;
        }
    }
}
