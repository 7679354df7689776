package io.github.dlplayground.visuals.confusion;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.heatmap.ColorMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a confusion matrix: cell colour = the row's share (viridis), cell text = the count, the
 * selected cell outlined in the accent colour; row labels (true class) on the left, column labels
 * (predicted) rotated on top. Draws only; never changes anything.
 */
public final class ConfusionMatrixRenderer {
    private ConfusionMatrixRenderer() {
    }

    public static void draw(GraphicsContext g, ConfusionData data, ConfusionMatrixLayout l, MatrixCell selected,
                            String trueTitle, String predictedTitle, Palette palette) {
        int k = data.size();
        g.setFont(Font.font(l.font()));
        g.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                Color fill = ColorMap.VIRIDIS.at(data.rowFraction(t, p));
                double x = l.cellX(p);
                double y = l.cellY(t);
                g.setFill(fill);
                g.fillRect(x, y, l.cell() - 1, l.cell() - 1);
                if (l.cell() >= l.font() * 1.6) {
                    g.setFill(ColorMap.textOn(fill));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(Integer.toString(data.count(t, p)), x + l.cell() / 2, y + l.cell() / 2,
                            l.cell() - 2);
                }
            }
        }
        drawLabels(g, data, l, palette);
        drawTitles(g, l, trueTitle, predictedTitle, palette);
        if (selected != null && selected.trueClass() < k && selected.predicted() < k) {
            g.setStroke(palette.accent());
            g.setLineWidth(Math.max(2, l.font() / 5));
            g.strokeRect(l.cellX(selected.predicted()) - 1, l.cellY(selected.trueClass()) - 1, l.cell() + 1,
                    l.cell() + 1);
        }
    }

    private static void drawLabels(GraphicsContext g, ConfusionData data, ConfusionMatrixLayout l, Palette palette) {
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.RIGHT);
        for (int t = 0; t < data.size(); t++) {
            g.fillText(data.classNames().get(t), l.gridX() - 6, l.cellY(t) + l.cell() / 2, l.labelWidth() - 8);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (int p = 0; p < data.size(); p++) {
            g.save();
            g.translate(l.cellX(p) + l.cell() / 2, l.gridY() - 6);
            g.rotate(-60);
            g.fillText(data.classNames().get(p), 0, 0, l.headerHeight() * 1.1);
            g.restore();
        }
    }

    private static void drawTitles(GraphicsContext g, ConfusionMatrixLayout l, String trueTitle, String predictedTitle,
                                   Palette palette) {
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(predictedTitle, l.gridX() + l.gridSize() / 2, l.font());
        g.save();
        g.translate(l.font(), l.gridY() + l.gridSize() / 2);
        g.rotate(-90);
        g.fillText(trueTitle, 0, 0);
        g.restore();
    }
}
