package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Plots the shown activations f(x) (solid) and their derivatives f′(x) (dashed, same colour) on shared
 * axes, with a vertical marker and dots at the probed input x₀. Reads an {@link ActivationExplorerModel}.
 */
final class FunctionPlotView extends LessonCanvas {
    private static final double Y_MIN = -2;
    private static final double Y_MAX = 4;

    private final ActivationExplorerModel model;

    FunctionPlotView(LessonContext context, ActivationExplorerModel model) {
        super(context);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height, Palette palette, double s) {
        var frame = new PlotFrame(width, height, s).x(ActivationExplorerModel.X_MIN, ActivationExplorerModel.X_MAX)
                .y(Y_MIN, Y_MAX);
        frame.drawAxes(g, palette, "x", text("activations.plot.y"));
        g.setStroke(palette.muted());
        g.setLineWidth(1);
        g.strokeLine(frame.px(0), frame.top(), frame.px(0), frame.top() + frame.plotHeight());
        g.strokeLine(frame.left(), frame.py(0), frame.left() + frame.plotWidth(), frame.py(0));
        double x0 = model.x0();
        g.setStroke(palette.accent());
        g.setLineDashes(2 * s, 3 * s);
        g.strokeLine(frame.px(x0), frame.top(), frame.px(x0), frame.top() + frame.plotHeight());
        g.setLineDashes(null);
        for (ActivationKind kind : ActivationKind.values()) {
            if (!model.isShown(kind)) {
                continue;
            }
            var colour = palette.series(kind.ordinal());
            var curve = model.curve(kind);
            frame.polyline(g, curve.x(), curve.y(), colour, 2.5, false);
            if (model.derivatives()) {
                frame.polyline(g, curve.x(), curve.derivative(), colour, 2, true);
            }
            var at = model.atX0(kind);
            dot(g, frame, x0, at.y()[0], colour, s, true);
            if (model.derivatives()) {
                dot(g, frame, x0, at.derivative()[0], colour, s, false);
            }
        }
        g.setFill(palette.muted());
        g.setFont(frame.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text("activations.plot.legend"), frame.left() + 6 * s, frame.top() + 4 * s);
    }

    private static void dot(GraphicsContext g, PlotFrame frame, double x, double y, javafx.scene.paint.Color colour,
                            double s, boolean filled) {
        if (!Double.isFinite(y) || y < Y_MIN || y > Y_MAX) {
            return;
        }
        double r = 4.5 * s;
        if (filled) {
            g.setFill(colour);
            g.fillOval(frame.px(x) - r, frame.py(y) - r, 2 * r, 2 * r);
        } else {
            g.setStroke(colour);
            g.setLineWidth(2 * s);
            g.strokeOval(frame.px(x) - r, frame.py(y) - r, 2 * r, 2 * r);
        }
    }
}
