package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.train.ConfusionMatrix;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * The confusion matrix of a test evaluation as a PNG: rows are true classes, columns predicted ones; each cell
 * shows its count and is coloured by its share of the row (viridis, so the diagonal is the class's accuracy),
 * with the accuracy of each class beside its row. The counts are the engine's {@link ConfusionMatrix}.
 */
final class ConfusionImage {
    private static final int CELL = 46;
    private static final int TITLE = 44;

    private ConfusionImage() {
    }

    static byte[] png(String name, ConfusionMatrix m, List<String> classNames, ExportTexts t) {
        int k = m.classes();
        Font labelFont = ChartStyle.font(13);
        FontMetrics fm = metrics(labelFont);
        int labelWidth = 0;
        for (String c : classNames) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(c));
        }
        // rotated column labels need about 0.71 of their length downwards
        int below = (int) Math.ceil(labelWidth * 0.71 + fm.getHeight()) + 40;
        int gridX = 34 + labelWidth + 10;
        int gridY = TITLE + 26;
        int width = Math.max(gridX + k * CELL + 96, 560);
        int height = gridY + k * CELL + below;
        BufferedImage image = ChartStyle.canvas(width, height);
        Graphics2D g = ChartStyle.graphics(image);
        g.setColor(ChartStyle.INK);
        g.setFont(ChartStyle.bold(16));
        g.drawString(t.get("export.img.confusion.title", name, String.format(Locale.ROOT, "%,d", m.total())), 16, 28);
        cells(g, m, gridX, gridY);
        labels(g, classNames, labelFont, gridX, gridY, k);
        accuracies(g, m, gridX + k * CELL + 10, gridY, t);
        titles(g, t, gridX, gridY, k, height);
        g.dispose();
        return ChartStyle.png(image);
    }

    private static void cells(Graphics2D g, ConfusionMatrix m, int gridX, int gridY) {
        int k = m.classes();
        Font small = ChartStyle.font(k > 12 ? 10 : 12.5f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        for (int a = 0; a < k; a++) {
            long row = m.rowTotal(a);
            for (int p = 0; p < k; p++) {
                double share = row == 0 ? 0 : (double) m.count(a, p) / row;
                Color fill = ChartStyle.viridis(share);
                int x = gridX + p * CELL;
                int y = gridY + a * CELL;
                g.setColor(fill);
                g.fillRect(x, y, CELL - 1, CELL - 1);
                String text = Long.toString(m.count(a, p));
                g.setColor(ChartStyle.textOn(fill));
                g.drawString(text, x + (CELL - 1 - fm.stringWidth(text)) / 2f,
                        y + (CELL - 1 + fm.getAscent() - fm.getDescent()) / 2f);
            }
        }
    }

    private static void labels(Graphics2D g, List<String> names, Font font, int gridX, int gridY, int k) {
        g.setFont(font);
        g.setColor(ChartStyle.INK);
        FontMetrics fm = g.getFontMetrics();
        for (int a = 0; a < k; a++) {
            String s = names.get(a);
            g.drawString(s, gridX - 8 - fm.stringWidth(s), gridY + a * CELL + (CELL + fm.getAscent() - fm.getDescent()) / 2f);
        }
        AffineTransform saved = g.getTransform();
        for (int p = 0; p < k; p++) {
            g.setTransform(saved);
            g.translate(gridX + p * CELL + CELL / 2.0 + 4, gridY + k * CELL + 8);
            g.rotate(-Math.PI / 4);
            String s = names.get(p);
            g.drawString(s, -fm.stringWidth(s), 0);
        }
        g.setTransform(saved);
    }

    private static void accuracies(Graphics2D g, ConfusionMatrix m, int x, int gridY, ExportTexts t) {
        double[] acc = m.perClassAccuracy();
        g.setFont(ChartStyle.font(11.5f));
        g.setColor(ChartStyle.MUTED);
        g.drawString(t.get("export.img.classAccuracy"), x, gridY - 8);
        g.setFont(ChartStyle.font(12.5f));
        FontMetrics fm = g.getFontMetrics();
        for (int a = 0; a < acc.length; a++) {
            String s = Double.isNaN(acc[a]) ? "–" : String.format(Locale.ROOT, "%.3f", acc[a]);
            g.setColor(ChartStyle.INK);
            g.drawString(s, x, gridY + a * CELL + (CELL + fm.getAscent() - fm.getDescent()) / 2f);
        }
    }

    private static void titles(Graphics2D g, ExportTexts t, int gridX, int gridY, int k, int height) {
        g.setFont(ChartStyle.bold(13.5f));
        g.setColor(ChartStyle.MUTED);
        FontMetrics fm = g.getFontMetrics();
        String predicted = t.get("export.img.predicted");
        g.drawString(predicted, gridX + (k * CELL - fm.stringWidth(predicted)) / 2f, height - 14);
        String trueClass = t.get("export.img.trueClass");
        AffineTransform saved = g.getTransform();
        g.translate(20, gridY + (k * CELL + fm.stringWidth(trueClass)) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(trueClass, 0, 0);
        g.setTransform(saved);
        g.setColor(ChartStyle.MUTED);
        g.draw(new Rectangle2D.Double(gridX - 0.5, gridY - 0.5, k * CELL, k * CELL));
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
