package io.github.dlplayground.app.lesson.softmax;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.activations.LessonCanvas;
import io.github.dlplayground.app.lesson.activations.PlotFrame;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.scene.canvas.GraphicsContext;

/**
 * Cross-entropy and squared error as the true class's logit o_y moves while the other logits stay put,
 * with the current o_y marked: far to the left (confidently wrong) cross-entropy keeps rising with slope
 * near −1 while squared error flattens out, so its gradient vanishes exactly where learning is needed.
 */
final class SoftmaxLossPlotView extends LessonCanvas {
    private static final int SAMPLES = 241;
    private static final double Y_MAX = 4;

    private final SoftmaxModel model;
    private SoftmaxOutcome outcome;

    SoftmaxLossPlotView(LessonContext context, SoftmaxModel model) {
        super(context);
        this.model = model;
    }

    void show(SoftmaxOutcome outcome) {
        this.outcome = outcome;
        markDirty();
    }

    /** The o_y range drawn: the largest other logit ± max(10, 1.2·distance to the current o_y). */
    static double[] range(SoftmaxOutcome outcome) {
        double centre = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < outcome.logits().length; j++) {
            if (j != outcome.label()) {
                centre = Math.max(centre, outcome.logits()[j]);
            }
        }
        double half = Math.max(10, 1.2 * Math.abs(outcome.logits()[outcome.label()] - centre));
        return new double[] {centre - half, centre + half};
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        if (outcome == null) {
            return;
        }
        double[] range = range(outcome);
        double[] xs = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = range[0] + (range[1] - range[0]) * i / (SAMPLES - 1);
        }
        double[][] losses = model.lossesAlongTrueLogit(xs);
        var frame = new PlotFrame(width, height, s).x(range[0], range[1]).y(0, Y_MAX);
        frame.drawAxes(g, palette, text("softmax.plot.x", text("softmax.class." + outcome.label())),
                text("softmax.plot.y"));
        frame.polyline(g, xs, losses[0], palette.series(0), 2.5, false);
        frame.polyline(g, xs, losses[1], palette.series(1), 2.5, true);
        double current = outcome.logits()[outcome.label()];
        g.setStroke(palette.accent());
        g.setLineWidth(1.2 * s);
        g.setLineDashes(3 * s, 3 * s);
        g.strokeLine(frame.px(current), frame.top(), frame.px(current), frame.top() + frame.plotHeight());
        g.setLineDashes(null);
        dot(g, frame, current, outcome.crossEntropy(), palette.series(0), s);
        dot(g, frame, current, outcome.squaredError(), palette.series(1), s);
        frame.legend(g, palette, text("softmax.plot.ce"), text("softmax.plot.se"));
    }

    private static void dot(GraphicsContext g, PlotFrame frame, double x, double y, javafx.scene.paint.Color colour,
                            double s) {
        if (!Double.isFinite(y) || y > Y_MAX) {
            return;
        }
        double r = 5 * s;
        g.setFill(colour);
        g.fillOval(frame.px(x) - r, frame.py(y) - r, 2 * r, 2 * r);
    }
}
