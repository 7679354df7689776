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
 * Logits and probabilities side by side, one row per class: the logits (signed bars around 0 when there
 * is room, else just their values), an arrow labelled softmax, the probability bars (0…1) with Σ ŷ below,
 * and a rank badge (#1 = largest) on both sides so that the kept order is visible; the predicted class
 * (argmax) is marked and the true class is outlined.
 */
final class SoftmaxBarsView extends LessonCanvas {
    /** Below this width (times the presenter scale) the logits are shown as numbers without bars. */
    private static final double WIDE = 520;

    private SoftmaxOutcome outcome;

    SoftmaxBarsView(LessonContext context) {
        super(context);
    }

    void show(SoftmaxOutcome outcome) {
        this.outcome = outcome;
        markDirty();
    }

    /** Column geometry for one width: where the names, the logit panel, the arrow and the probability panel go. */
    private record Layout(double s, double name, double logitLeft, double logitWidth, double arrowLeft,
                          double arrowWidth, double probLeft, double probWidth, boolean bars) {
        static Layout of(double width, double s) {
            boolean bars = width >= WIDE * s;
            double name = 76 * s;
            double arrow = (bars ? 70 : 48) * s;
            double logit = bars ? (width - name - arrow - 8 * s) / 2 : 92 * s;
            double prob = width - name - logit - arrow - 8 * s;
            return new Layout(s, name, name, logit, name + logit, arrow, name + logit + arrow, prob, bars);
        }
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        if (outcome == null) {
            return;
        }
        Layout layout = Layout.of(width, s);
        Font font = Font.font(13 * s);
        Font bold = Font.font(null, FontWeight.BOLD, 13 * s);
        double top = 26 * s;
        double rowHeight = Math.min(52 * s, (height - top - 30 * s) / SoftmaxModel.CLASSES);
        g.setFont(bold);
        g.setFill(palette.foreground());
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text("softmax.bars.logits"), layout.logitLeft() + layout.logitWidth() / 2, top - 6 * s);
        g.fillText(text("softmax.bars.probabilities"), layout.probLeft() + layout.probWidth() / 2, top - 6 * s);
        double maxAbs = 1e-9;
        for (double o : outcome.logits()) {
            maxAbs = Math.max(maxAbs, Math.abs(o));
        }
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            double y = top + j * rowHeight;
            double mid = y + rowHeight / 2;
            className(g, palette, font, bold, j, y, mid, width, rowHeight, s);
            Color colour = palette.series(j);
            double barHeight = rowHeight * 0.5;
            logit(g, palette, font, layout, j, mid, barHeight, maxAbs, colour, y, rowHeight);
            double p = outcome.probabilities()[j];
            double barLeft = layout.probLeft() + 30 * s;
            double barSpace = Math.max(10, layout.probWidth() - 80 * s);
            g.setFill(colour);
            g.fillRect(barLeft, mid - barHeight / 2, barSpace * p, barHeight);
            g.setStroke(palette.grid());
            g.setLineWidth(1);
            g.strokeRect(barLeft, mid - barHeight / 2, barSpace, barHeight);
            g.setFont(font);
            g.setFill(palette.foreground());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(String.format(Locale.ROOT, "%.3f", p), barLeft + barSpace + 4 * s, mid);
            badge(g, palette, font, layout.probLeft() + 12 * s, mid, outcome.probabilityRanks()[j], s);
        }
        arrow(g, palette, font, layout.arrowLeft() + 6 * s, layout.arrowLeft() + layout.arrowWidth() - 6 * s,
                top + SoftmaxModel.CLASSES * rowHeight / 2, s);
        g.setFont(font);
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double below = top + SoftmaxModel.CLASSES * rowHeight + 4 * s;
        g.fillText(text("softmax.bars.sum", String.format(Locale.ROOT, "%.6f", outcome.probabilitySum())),
                layout.probLeft() + layout.probWidth() / 2, below);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(text("softmax.bars.rank"), 4 * s, below);
    }

    private void className(GraphicsContext g, Palette palette, Font font, Font bold, int j, double y, double mid,
                           double width, double rowHeight, double s) {
        boolean predicted = j == outcome.predicted();
        g.setFont(predicted ? bold : font);
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text("softmax.class." + j), 4 * s, predicted ? mid - 8 * s : mid);
        if (predicted) {
            g.setFill(palette.success());
            g.setFont(Font.font(null, FontWeight.BOLD, 11 * s));
            g.setTextBaseline(VPos.TOP);
            g.fillText("argmax", 4 * s, mid + 2 * s);
        }
        if (j == outcome.label()) {
            g.setStroke(palette.accent());
            g.setLineWidth(2 * s);
            g.strokeRoundRect(1, y + 3 * s, width - 2, rowHeight - 6 * s, 10 * s, 10 * s);
        }
    }

    private void logit(GraphicsContext g, Palette palette, Font font, Layout layout, int j, double mid,
                       double barHeight, double maxAbs, Color colour, double y, double rowHeight) {
        double s = layout.s();
        double logit = outcome.logits()[j];
        badge(g, palette, font, layout.logitLeft() + 12 * s, mid, outcome.logitRanks()[j], s);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        if (!layout.bars()) {
            g.setFill(palette.foreground());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(number(logit), layout.logitLeft() + layout.logitWidth() - 4 * s, mid);
            return;
        }
        double badgeSpace = 28 * s;
        double zero = layout.logitLeft() + badgeSpace + (layout.logitWidth() - badgeSpace) / 2;
        double length = ((layout.logitWidth() - badgeSpace) / 2 - 48 * s) * logit / maxAbs;
        g.setFill(colour);
        g.fillRect(Math.min(zero, zero + length), mid - barHeight / 2, Math.abs(length), barHeight);
        g.setStroke(palette.muted());
        g.setLineWidth(1);
        g.strokeLine(zero, y + 4 * s, zero, y + rowHeight - 4 * s);
        g.setFill(palette.foreground());
        g.setTextAlign(logit >= 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.fillText(number(logit), zero + length + (logit >= 0 ? 4 : -4) * s, mid);
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

    private static void arrow(GraphicsContext g, Palette palette, Font font, double x0, double x1, double y, double s) {
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
