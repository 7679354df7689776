package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.scene.canvas.GraphicsContext;

/** Training and test loss per epoch on a logarithmic axis, like the book's Animator. */
final class LossCurveView extends LessonCanvas {
    private PolynomialFit.Progress progress;

    LossCurveView(LessonContext context) {
        super(context);
    }

    void show(PolynomialFit.Progress progress) {
        this.progress = progress;
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        int epochs = progress == null ? 1 : progress.settings().epochs();
        double low = 1e-3;
        double high = 1e2;
        if (progress != null) {
            for (int e = 0; e < progress.epoch(); e++) {
                low = Math.min(low, Math.max(1e-6, Math.min(progress.trainLoss()[e], progress.testLoss()[e])));
                high = Math.max(high, Math.max(progress.trainLoss()[e], progress.testLoss()[e]));
            }
        }
        var frame = new PlotFrame(width, height, s).x(0, epochs)
                .logY(Math.pow(10, Math.floor(Math.log10(low))), Math.pow(10, Math.ceil(Math.log10(high))));
        frame.drawAxes(g, palette, text("activations.loss.x"), text("activations.loss.y"));
        if (progress == null) {
            return;
        }
        int n = progress.epoch();
        double[] xs = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        for (int e = 0; e < n; e++) {
            xs[e] = e + 1;
            train[e] = progress.trainLoss()[e];
            test[e] = progress.testLoss()[e];
        }
        frame.polyline(g, xs, train, palette.series(0), 2.5, false);
        frame.polyline(g, xs, test, palette.series(1), 2.5, true);
        frame.legend(g, palette, text("activations.loss.train"), text("activations.loss.test"));
    }
}
