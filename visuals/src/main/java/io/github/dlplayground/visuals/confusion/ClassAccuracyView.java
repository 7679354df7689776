package io.github.dlplayground.visuals.confusion;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Horizontal bars of the per-class test accuracy (0–100 %), one row per class with its name and the
 * percentage; the overall accuracy is drawn as a dashed line so weak classes stand out. FX thread only.
 */
public final class ClassAccuracyView extends ThemedCanvasRegion {
    /** Accuracies per class in [0, 1] (the engine's numbers), the class names, and the overall accuracy. */
    public record Data(double[] accuracy, List<String> classNames, double overall) {
        public Data {
            if (accuracy.length != classNames.size()) {
                throw new IllegalArgumentException(accuracy.length + " accuracies for " + classNames.size()
                        + " class names");
            }
            accuracy = accuracy.clone();
            classNames = List.copyOf(classNames);
        }
    }

    private final ObjectProperty<Data> data = new SimpleObjectProperty<>();
    private final StringProperty emptyText = new SimpleStringProperty("");

    public ClassAccuracyView() {
        getStyleClass().add("class-accuracy-view");
        redrawOn(data, emptyText);
    }

    public ObjectProperty<Data> dataProperty() {
        return data;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = fillBackground(g, width, height);
        Data d = data.get();
        if (d == null) {
            drawEmptyText(g, emptyText.get(), width, height);
            return;
        }
        double font = 11 * scale();
        int k = d.accuracy().length;
        double row = Math.max(4, Math.min(font * 2.2, (height - 8) / Math.max(1, k)));
        double labelW = Math.min(width * 0.35, font * 7.5);
        double valueW = font * 3.6;
        double barX = labelW + 8;
        double barW = Math.max(10, width - barX - valueW - 8);
        g.setFont(Font.font(Math.min(font, row * 0.8)));
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < k; c++) {
            double y = 4 + c * row;
            double a = Math.max(0, Math.min(1, d.accuracy()[c]));
            g.setFill(p.grid());
            g.fillRect(barX, y + row * 0.15, barW, row * 0.7);
            g.setFill(a < d.overall() - 0.1 ? p.danger() : p.series(0));
            g.fillRect(barX, y + row * 0.15, barW * a, row * 0.7);
            g.setFill(p.foreground());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(d.classNames().get(c), labelW, y + row / 2, labelW);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format("%.0f%%", 100 * d.accuracy()[c]), barX + barW + 6, y + row / 2, valueW);
        }
        double ox = barX + barW * Math.max(0, Math.min(1, d.overall()));
        g.setStroke(p.foreground());
        g.setLineWidth(scale());
        g.setLineDashes(4 * scale(), 4 * scale());
        g.strokeLine(ox, 2, ox, 4 + k * row);
        g.setLineDashes();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300 * scale();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240 * scale();
    }
}
