package io.github.dlplayground.app.lesson.softmax;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.activations.LessonCanvas;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * Logits and probabilities side by side, one row per class: the logit bars (signed, around 0), an arrow
 * labelled softmax, the probability bars (0…1) with Σ ŷ below, and a rank badge (#1 = largest) on both
 * sides so that the kept order is visible; the predicted class (argmax) is marked and the true class is
 * outlined.
 */
final class SoftmaxBarsView extends LessonCanvas {
    private SoftmaxOutcome outcome;

    SoftmaxBarsView(LessonContext context) {
        super(context);
    }

    void show(SoftmaxOutcome outcome) {
        this.outcome = outcome;
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (outcome == null) {
            return;
        }
        Palette palette = palette();
        double s = scale();
        Font font = Font.font(13 * s);
        Font bold = Font.font(null, FontWeight.BOLD, 13 * s);
        double nameWidth = 80 * s;
        double arrowWidth = 70 * s;
        double panel = (width - nameWidth - arrowWidth - 16 * s) / 2;
        double top = 26 * s;
        double rowHeight = Math.min(52 * s, (height - top - 30 * s) / SoftmaxModel.CLASSES);
        double logitLeft = nameWidth;
        double probLeft = nameWidth + panel + arrowWidth;
        g.setFont(bold);
        g.setFill(palette.foreground());
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text("softmax.bars.logits"), logitLeft + panel / 2, top - 6 * s);
        g.fillText(text("softmax.bars.probabilities"), probLeft + panel / 2, top - 6 * s);
        double maxAbs = 1e-9;
        for (double o : outcome.logits()) {
            maxAbs = Math.max(maxAbs, Math.abs(o));
        }
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            double y = top + j * rowHeight;
            double mid = y + rowHeight / 2;
            Color colour = palette.series(j);
            g.setFont(j == outcome.predicted() ? bold : font);
            g.setFill(palette.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text("softmax.class." + j), 4 * s, j == outcome.predicted() ? mid - 8 * s : mid);
            if (j == outcome.label()) {
                g.setStroke(palette.accent());
                g.setLineWidth(2 * s);
                g.strokeRoundRect(1, y + 3 * s, width - 2, rowHeight - 6 * s, 10 * s, 10 * s);
            }
            double barHeight = rowHeight * 0.5;
            double badgeSpace = 28 * s;
            double zero = logitLeft + badgeSpace + (panel - badgeSpace) / 2;
            double logit = outcome.logits()[j];
            double length = ((panel - badgeSpace) / 2 - 48 * s) * logit / maxAbs;
            g.setFill(colour);
            g.fillRect(Math.min(zero, zero + length), mid - barHeight / 2, Math.abs(length), barHeight);
            g.setStroke(palette.muted());
            g.setLineWidth(1);
            g.strokeLine(zero, y + 4 * s, zero, y + rowHeight - 4 * s);
            g.setFont(font);
            g.setFill(palette.foreground());
            g.setTextAlign(logit >= 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(number(logit), zero + length + (logit >= 0 ? 4 : -4) * s, mid);
            badge(g, palette, font, logitLeft + 14 * s, mid, outcome.logitRanks()[j], s);
            double p = outcome.probabilities()[j];
            double probWidth = (panel - 96 * s) * p;
            g.setFill(colour);
            g.fillRect(probLeft + 30 * s, mid - barHeight / 2, probWidth, barHeight);
            g.setStroke(palette.grid());
            g.strokeRect(probLeft + 30 * s, mid - barHeight / 2, panel - 96 * s, barHeight);
            g.setFill(palette.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format(Locale.ROOT, "%.3f", p), probLeft + 30 * s + (panel - 96 * s) + 4 * s, mid);
            badge(g, palette, font, probLeft + 12 * s, mid, outcome.probabilityRanks()[j], s);
            if (j == outcome.predicted()) {
                g.setFill(palette.success());
                g.setFont(Font.font(null, FontWeight.BOLD, 11 * s));
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText("argmax", 4 * s, mid + 2 * s);
            }
        }
        arrow(g, palette, font, nameWidth + panel + 8 * s, nameWidth + panel + arrowWidth - 8 * s,
                top + SoftmaxModel.CLASSES * rowHeight / 2, s);
        g.setFont(font);
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text("softmax.bars.sum", String.format(Locale.ROOT, "%.6f", outcome.probabilitySum())),
                probLeft + panel / 2, top + SoftmaxModel.CLASSES * rowHeight + 4 * s);
        g.fillText(text("softmax.bars.rank"), logitLeft + panel / 2, top + SoftmaxModel.CLASSES * rowHeight + 4 * s);
    }

    private static void badge(GraphicsContext g, Palette palette, Font font, double cx, double cy, int rank, double s) {
        double r = 10 * s;
        g.setFill(rank == 1 ? palette.success() : palette.grid());
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setFill(rank == 1 ? palette.background() : palette.foreground());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("#" + rank, cx, cy);
    }

    private void arrow(GraphicsContext g, Palette palette, Font font, double x0, double x1, double y, double s) {
        g.setStroke(palette.muted());
        g.setLineWidth(2 * s);
        g.strokeLine(x0, y, x1, y);
        g.strokeLine(x1, y, x1 - 8 * s, y - 6 * s);
        g.strokeLine(x1, y, x1 - 8 * s, y + 6 * s);
        g.setFill(palette.muted());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("softmax", (x0 + x1) / 2, y - 6 * s);
    }

    static String number(double v) {
        double a = Math.abs(v);
        String t = a >= 1e4 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.2f", v);
        return t.startsWith("-") ? "\u2212" + t.substring(1) : t;
    }
}
