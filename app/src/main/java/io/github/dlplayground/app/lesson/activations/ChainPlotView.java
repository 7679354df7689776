package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.scene.canvas.GraphicsContext;

/**
 * The gradient that reaches the input through 1…n stacked activations, |∂hₙ/∂h₀| on a logarithmic axis,
 * one line with dots per shown function: sigmoid's falls by about 4× per layer, ReLU's stays at 1 for a
 * positive input. A gradient of exactly 0 (ReLU with x₀ ≤ 0) cannot be drawn on a log axis and is left out.
 */
final class ChainPlotView extends LessonCanvas {
    private final ActivationExplorerModel model;

    ChainPlotView(LessonContext context, ActivationExplorerModel model) {
        super(context);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        int depth = model.depth();
        double smallest = 1;
        double largest = 1;
        for (ActivationKind kind : model.shown()) {
            for (double v : model.chain(kind)) {
                double a = Math.abs(v);
                if (a > 0 && Double.isFinite(a)) {
                    smallest = Math.min(smallest, a);
                    largest = Math.max(largest, a);
                }
            }
        }
        double low = Math.pow(10, Math.min(-2, Math.floor(Math.log10(smallest))));
        double high = Math.pow(10, Math.max(1, Math.ceil(Math.log10(largest))));
        var frame = new PlotFrame(width, height, s).x(depth == 1 ? 0.5 : 1, depth == 1 ? 1.5 : depth).logY(low, high);
        frame.drawAxes(g, palette, text("activations.chain.x"), text("activations.chain.y"));
        for (ActivationKind kind : model.shown()) {
            double[] values = model.chain(kind);
            double[] xs = new double[depth];
            double[] ys = new double[depth];
            for (int d = 0; d < depth; d++) {
                xs[d] = d + 1;
                ys[d] = Math.abs(values[d]);
            }
            var colour = palette.series(kind.ordinal());
            frame.polyline(g, xs, ys, colour, 2, false);
            g.setFill(colour);
            double r = 3 * s;
            for (int d = 0; d < depth; d++) {
                if (ys[d] > 0 && Double.isFinite(ys[d])) {
                    g.fillOval(frame.px(xs[d]) - r, frame.py(ys[d]) - r, 2 * r, 2 * r);
                }
            }
        }
    }
}
