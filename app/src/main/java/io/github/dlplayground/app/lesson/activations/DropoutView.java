package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * Draws a {@link DropoutModel}: the units' activations h (top row), the same units after dropout h′ (dropped
 * ones crossed out, kept ones with their scaled value), and below, bars of the running mean of each h′ with a
 * dashed mark at h, so students see E[h′] = h emerge.
 */
final class DropoutView extends LessonCanvas {
    private final DropoutModel model;

    DropoutView(LessonContext context, DropoutModel model) {
        super(context);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        int n = model.units();
        double labelWidth = 36 * s;
        double column = (width - labelWidth - 8 * s) / n;
        double radius = Math.min(column * 0.34, 34 * s);
        double row1 = 14 * s + radius;
        double row2 = row1 + 2 * radius + 40 * s;
        Font font = Font.font(Math.min(13 * s, radius * 0.75));
        Font small = Font.font(12 * s);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        Font labelFont = Font.font(14 * s);
        rowLabel(g, palette, labelFont, "h", row1, s);
        rowLabel(g, palette, labelFont, "h′", row2, s);
        for (int i = 0; i < n; i++) {
            double cx = labelWidth + column * (i + 0.5);
            double h = DropoutModel.ACTIVATIONS[i];
            unit(g, palette, font, cx, row1, radius, format(h), false, s);
            g.setStroke(palette.muted());
            g.setLineWidth(1.2 * s);
            g.strokeLine(cx, row1 + radius + 4 * s, cx, row2 - radius - 4 * s);
            boolean dropped = model.dropped(i);
            if (model.steps() > 0 && column >= 48 * s) {
                g.setFont(small);
                g.setFill(dropped ? palette.danger() : palette.muted());
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(dropped ? "\u00d70" : "\u00d7" + format(model.keptScale()), cx + 4 * s, (row1 + row2) / 2);
                g.setTextAlign(TextAlignment.CENTER);
            }
            unit(g, palette, font, cx, row2, radius, dropped ? "0" : format(model.output(i)), dropped, s);
        }
        double barTop = row2 + radius + 34 * s;
        double barBottom = height - 30 * s;
        if (barBottom - barTop < 40 * s) {
            return;
        }
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.max(DropoutModel.ACTIVATIONS[i], model.runningMean(i)));
        }
        max *= 1.15;
        g.setFill(palette.foreground());
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text("activations.dropout.meanlabel", String.valueOf(model.steps())), labelWidth, barTop - 6 * s);
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.strokeLine(labelWidth, barBottom, width - 8 * s, barBottom);
        for (int i = 0; i < n; i++) {
            double cx = labelWidth + column * (i + 0.5);
            double barWidth = column * 0.5;
            double mean = model.runningMean(i);
            double top = barBottom - (barBottom - barTop) * mean / max;
            g.setFill(palette.series(0));
            g.fillRect(cx - barWidth / 2, top, barWidth, barBottom - top);
            double target = barBottom - (barBottom - barTop) * DropoutModel.ACTIVATIONS[i] / max;
            g.setStroke(palette.danger());
            g.setLineWidth(2 * s);
            g.setLineDashes(5 * s, 3 * s);
            g.strokeLine(cx - column * 0.42, target, cx + column * 0.42, target);
            g.setLineDashes(null);
            if (column >= 40 * s) {
                g.setFill(palette.foreground());
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(format(mean), cx, barBottom + 4 * s);
            }
        }
    }

    private void rowLabel(GraphicsContext g, Palette palette, Font font, String label, double y, double s) {
        g.setFill(palette.foreground());
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label, 8 * s, y);
        g.setTextAlign(TextAlignment.CENTER);
    }

    private static void unit(GraphicsContext g, Palette palette, Font font, double cx, double cy, double r, String value,
                             boolean dropped, double s) {
        g.setLineWidth(2 * s);
        if (dropped) {
            g.setStroke(palette.muted());
            g.setLineDashes(4 * s, 3 * s);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setLineDashes(null);
            g.setStroke(palette.danger());
            double d = r * 0.55;
            g.strokeLine(cx - d, cy - d, cx + d, cy + d);
            g.strokeLine(cx - d, cy + d, cx + d, cy - d);
            return;
        }
        g.setFill(palette.series(0).deriveColor(0, 1, 1, 0.18));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(palette.series(0));
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        if (font.getSize() >= 9) {
            g.setFill(palette.foreground());
            g.setFont(font);
            g.fillText(value, cx, cy);
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
