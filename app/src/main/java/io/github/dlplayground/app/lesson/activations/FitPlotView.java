package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The polynomial data and fit: test points (hollow), training points (filled), the true cubic (dashed) and
 * the engine's fitted polynomial (solid) over x ∈ [−3.5, 3.5].
 */
final class FitPlotView extends LessonCanvas {
    private static final double X_LIMIT = 3.5;
    private static final int SAMPLES = 281;

    private PolynomialData data;
    private int trainSize;
    private PolynomialFit.Progress progress;

    FitPlotView(LessonContext context) {
        super(context);
    }

    void show(PolynomialData data, int trainSize, PolynomialFit.Progress progress) {
        this.data = data;
        this.trainSize = trainSize;
        this.progress = progress;
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        if (data == null) {
            return;
        }
        var frame = new PlotFrame(width, height, s).x(-X_LIMIT, X_LIMIT).y(-15, 25);
        frame.drawAxes(g, palette, "x", "y");
        double[] xs = new double[SAMPLES];
        double[] truth = new double[SAMPLES];
        double[] fit = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = -X_LIMIT + 2 * X_LIMIT * i / (SAMPLES - 1);
            truth[i] = PolynomialData.truth(xs[i]);
            fit[i] = progress == null ? Double.NaN : progress.predict(xs[i]);
        }
        Color trainColour = palette.series(0);
        Color testColour = palette.series(1);
        points(g, frame, data.testX(), data.testY(), testColour, false, s);
        points(g, frame, data.trainX(trainSize), data.trainY(trainSize), trainColour, true, s);
        frame.polyline(g, xs, truth, palette.muted(), 1.5, true);
        frame.polyline(g, xs, fit, palette.series(2), 3, false);
        legend(g, frame, palette, s, trainColour, testColour);
    }

    private static void points(GraphicsContext g, PlotFrame frame, double[] xs, double[] ys, Color colour,
                               boolean filled, double s) {
        double r = (filled ? 4 : 3.5) * s;
        g.setLineWidth(1.2 * s);
        for (int i = 0; i < xs.length; i++) {
            double px = frame.px(xs[i]);
            double py = frame.py(ys[i]);
            if (py < frame.top() || py > frame.top() + frame.plotHeight()) {
                continue;
            }
            if (filled) {
                g.setFill(colour);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                g.setStroke(colour);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }

    private void legend(GraphicsContext g, PlotFrame frame, Palette palette, double s, Color train, Color test) {
        g.setFont(frame.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = frame.left() + 10 * s;
        double y = frame.top() + 12 * s;
        double line = 18 * s;
        Object[][] rows = {
            {train, "activations.fit.legend.train", true},
            {test, "activations.fit.legend.test", false},
            {palette.series(2), "activations.fit.legend.fit", null},
            {palette.muted(), "activations.fit.legend.truth", null}};
        for (Object[] row : rows) {
            Color colour = (Color) row[0];
            if (row[2] == null) {
                g.setStroke(colour);
                g.setLineWidth(2.5 * s);
                g.strokeLine(x, y, x + 16 * s, y);
            } else if ((Boolean) row[2]) {
                g.setFill(colour);
                g.fillOval(x + 4 * s, y - 4 * s, 8 * s, 8 * s);
            } else {
                g.setStroke(colour);
                g.setLineWidth(1.2 * s);
                g.strokeOval(x + 4 * s, y - 4 * s, 8 * s, 8 * s);
            }
            g.setFill(palette.foreground());
            g.fillText(text((String) row[1]), x + 22 * s, y);
            y += line;
        }
    }
}
