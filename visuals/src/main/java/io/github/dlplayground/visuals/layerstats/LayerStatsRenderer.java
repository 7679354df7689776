package io.github.dlplayground.visuals.layerstats;

import io.github.dlplayground.engine.train.LayerStatistics;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.heatmap.ColorMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * One row per layer: name; output mean ± std as a bar on an axis shared by all layers; share of zeros;
 * a strip over training time coloured by log10 of the gradient norm (viridis, dark = small) and the latest
 * norm. A header row holds the titles and the colour scale. Draws only.
 */
public final class LayerStatsRenderer {
    private LayerStatsRenderer() {
    }

    /** Column positions for a width and font size. */
    record Columns(double name, double act, double actW, double zeros, double strip, double stripW, double value) {
        static Columns of(double width, double font) {
            double nameW = font * 11;
            double actW = Math.max(60, width * 0.2);
            double zerosW = font * 4;
            double valueW = font * 5.5;
            double strip = nameW + actW + zerosW + 16;
            double stripW = Math.max(40, width - strip - valueW - 8);
            return new Columns(4, nameW + 8, actW, nameW + actW + 12, strip, stripW, strip + stripW + 6);
        }
    }

    public static void draw(GraphicsContext g, LayerStatsHistory history, LayerStatsTexts texts, double width,
                            double height, double scale, Palette p) {
        double font = 11 * scale;
        Columns c = Columns.of(width, font);
        List<LayerStatsHistory.Snapshot> snaps = history.snapshots();
        int layers = history.latest().layers().size();
        double header = font * 3;
        double row = Math.max(font * 1.5, Math.min(font * 2.2, (height - header - 4) / layers));
        g.setFont(Font.font(font));
        g.setTextBaseline(VPos.CENTER);
        double[] range = history.logGradRange();
        drawHeader(g, texts, c, font, range, p);
        double actScale = activationScale(history.latest());
        for (int i = 0; i < layers; i++) {
            double y = header + i * row;
            LayerStatistics s = history.latest().layers().get(i);
            String name = history.latest().names().get(i);
            g.setFill(p.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(name, c.name(), y + row / 2, c.act() - c.name() - 6);
            drawActivation(g, s, c, y, row, actScale, p);
            g.setFill(p.muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Double.isNaN(s.zeroFraction()) ? "–" : String.format("%.0f%%", 100 * s.zeroFraction()),
                    c.strip() - 10, y + row / 2);
            drawStrip(g, snaps, i, c, y, row, range, p);
            g.setFill(p.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(formatNorm(LayerStatsHistory.shownGradNorm(s)), c.value(), y + row / 2);
        }
    }

    private static void drawHeader(GraphicsContext g, LayerStatsTexts t, Columns c, double font, double[] range,
                                   Palette p) {
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        double y = font;
        g.fillText(t.layer(), c.name(), y);
        g.fillText(t.activation(), c.act(), y, c.actW());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(t.zeros(), c.strip() - 10, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(t.gradient(), c.strip(), y, c.stripW());
        if (range != null) {
            double barY = font * 1.9;
            double barW = Math.min(c.stripW() * 0.5, 160);
            for (int k = 0; k < 32; k++) {
                g.setFill(ColorMap.VIRIDIS.at(k / 31.0));
                g.fillRect(c.strip() + k * barW / 32, barY - font * 0.3, barW / 32 + 0.5, font * 0.6);
            }
            g.setFill(p.muted());
            g.fillText(formatNorm(Math.pow(10, range[0])), c.strip() + barW + 6, barY, c.stripW() - barW);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(formatNorm(Math.pow(10, range[1])), c.strip() + c.stripW(), barY);
        }
    }

    private static void drawActivation(GraphicsContext g, LayerStatistics s, Columns c, double y, double row,
                                       double actScale, Palette p) {
        double mid = c.act() + c.actW() / 2;
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(mid, y + 2, mid, y + row - 2);
        if (Double.isNaN(s.mean())) {
            return;
        }
        double px = c.actW() / 2 / actScale;
        double lo = mid + (s.mean() - s.std()) * px;
        double hi = mid + (s.mean() + s.std()) * px;
        g.setFill(p.series(0).deriveColor(0, 1, 1, 0.35));
        g.fillRect(lo, y + row * 0.25, Math.max(1, hi - lo), row * 0.5);
        g.setFill(p.series(0));
        g.fillRect(mid + s.mean() * px - 1.5, y + row * 0.15, 3, row * 0.7);
    }

    private static void drawStrip(GraphicsContext g, List<LayerStatsHistory.Snapshot> snaps, int layer, Columns c,
                                  double y, double row, double[] range, Palette p) {
        g.setFill(p.grid());
        g.fillRect(c.strip(), y + 2, c.stripW(), row - 4);
        if (range == null) {
            return;
        }
        int n = snaps.size();
        double w = c.stripW() / Math.max(n, 1);
        for (int k = 0; k < n; k++) {
            double norm = LayerStatsHistory.shownGradNorm(snaps.get(k).layers().get(layer));
            if (!(norm > 0) || !Double.isFinite(norm)) {
                continue;
            }
            double t = (Math.log10(norm) - range[0]) / (range[1] - range[0]);
            g.setFill(ColorMap.VIRIDIS.at(t));
            g.fillRect(c.strip() + k * w, y + 2, w + 0.5, row - 4);
        }
    }

    /** max over layers of |mean| + std, so every bar fits the shared axis. */
    static double activationScale(LayerStatsHistory.Snapshot s) {
        double m = 1e-6;
        for (LayerStatistics l : s.layers()) {
            if (!Double.isNaN(l.mean())) {
                m = Math.max(m, Math.abs(l.mean()) + l.std());
            }
        }
        return m;
    }

    /** "3.2e-04" style for gradient norms, "–" when missing. */
    public static String formatNorm(double v) {
        return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, "%.1e", v);
    }
}
