package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import java.util.EnumMap;
import java.util.Map;

/**
 * The activation explorer: check boxes for ReLU, LeakyReLU, sigmoid and tanh, LeakyReLU's slope, the probed
 * input x₀ with f(x₀) and f′(x₀) read out, and a "stack n layers" slider with the gradient that reaches the
 * input; beside them the function plot and the chain plot. Every number comes from the engine's layers.
 */
final class ActivationExplorerPane {
    private final LessonContext context;
    private final ActivationExplorerModel model = new ActivationExplorerModel();
    private final FunctionPlotView functions;
    private final ChainPlotView chain;
    private final Map<ActivationKind, Label> pointReadouts = new EnumMap<>(ActivationKind.class);
    private final Map<ActivationKind, Label> chainReadouts = new EnumMap<>(ActivationKind.class);
    private final Map<ActivationKind, Rectangle> swatches = new EnumMap<>(ActivationKind.class);
    private final Slider depth = new Slider(1, ActivationExplorerModel.MAX_DEPTH, 10);
    private final Slider x0 = new Slider(ActivationExplorerModel.X_MIN, ActivationExplorerModel.X_MAX, 1);
    private final Label reluAtZero = new Label();
    private final InvalidationListener refresh = o -> refresh();
    private final Node view;

    ActivationExplorerPane(LessonContext context) {
        this.context = context;
        functions = new FunctionPlotView(context, model);
        chain = new ChainPlotView(context, model);
        I18n i18n = context.i18n();

        var boxes = new VBox(4);
        for (ActivationKind kind : ActivationKind.values()) {
            boxes.getChildren().add(functionRow(i18n, kind));
        }
        var slope = new Slider(0.01, 0.5, model.negativeSlope());
        slope.valueProperty().addListener((o, a, v) -> {
            model.setNegativeSlope(v.doubleValue());
            refresh();
        });
        var derivatives = new CheckBox();
        derivatives.textProperty().bind(i18n.bind("activations.derivatives"));
        derivatives.setSelected(model.derivatives());
        Controls.tooltip(i18n, derivatives, "activations.derivatives.tip");
        derivatives.selectedProperty().addListener((o, a, on) -> {
            model.setDerivatives(on);
            refresh();
        });
        x0.valueProperty().addListener((o, a, v) -> {
            model.setX0(Math.round(v.doubleValue() * 20) / 20.0);
            refresh();
        });
        depth.setMajorTickUnit(1);
        depth.setSnapToTicks(true);
        depth.valueProperty().addListener((o, a, v) -> {
            int layers = (int) Math.round(v.doubleValue());
            if (layers != model.depth()) {
                model.setDepth(layers);
                refresh();
            }
        });
        reluAtZero.setWrapText(true);
        var zeroCaption = Controls.label(i18n, "activations.relu.zero");
        zeroCaption.getStyleClass().add("text-muted");
        var controls = new VBox(8,
                Controls.heading(i18n, "activations.explorer.title"), boxes,
                Controls.slider(i18n, slope, "activations.slope", "activations.slope.tip", v -> String.format(java.util.Locale.ROOT, "%.2f", v)),
                derivatives,
                Controls.slider(i18n, x0, "activations.x0", "activations.x0.tip", v -> String.format(java.util.Locale.ROOT, "%.2f", model.x0())),
                readouts(pointReadouts), new VBox(2, reluAtZero, zeroCaption), new Separator(),
                Controls.heading(i18n, "activations.chain.title"),
                Controls.slider(i18n, depth, "activations.depth", "activations.depth.tip",
                        v -> String.valueOf(Math.round(v))),
                readouts(chainReadouts));
        view = Controls.page(context, controls, Controls.stacked(functions, 360, chain, 240));
        i18n.localeProperty().addListener(new WeakInvalidationListener(refresh));
        context.darkTheme().addListener(new WeakInvalidationListener(refresh));
        refresh();
    }

    Node view() {
        return view;
    }

    ActivationExplorerModel model() {
        return model;
    }

    Slider depthSlider() {
        return depth;
    }

    Slider x0Slider() {
        return x0;
    }

    Label chainReadout(ActivationKind kind) {
        return chainReadouts.get(kind);
    }

    Label pointReadout(ActivationKind kind) {
        return pointReadouts.get(kind);
    }

    private Node functionRow(I18n i18n, ActivationKind kind) {
        var box = new CheckBox();
        box.textProperty().bind(i18n.bind(kind.i18nKey()));
        box.setSelected(model.isShown(kind));
        Controls.tooltip(i18n, box, "activations.fn.tip");
        box.selectedProperty().addListener((o, a, on) -> {
            model.setShown(kind, on);
            refresh();
        });
        var swatch = new Rectangle(14, 4);
        swatches.put(kind, swatch);
        box.setGraphic(swatch);
        return box;
    }

    private static VBox readouts(Map<ActivationKind, Label> labels) {
        var box = new VBox(2);
        for (ActivationKind kind : ActivationKind.values()) {
            var label = new Label();
            label.setWrapText(true);
            labels.put(kind, label);
            box.getChildren().add(label);
        }
        return box;
    }

    private void refresh() {
        I18n i18n = context.i18n();
        Palette palette = Palette.of(context.darkTheme().get());
        for (ActivationKind kind : ActivationKind.values()) {
            boolean on = model.isShown(kind);
            swatches.get(kind).setFill(palette.series(kind.ordinal()));
            String name = i18n.get(kind.i18nKey());
            var at = model.atX0(kind);
            setReadout(pointReadouts.get(kind), on, i18n.get("activations.point", name, String.format(java.util.Locale.ROOT, "%.2f", model.x0()),
                    Controls.number(at.y()[0]), Controls.number(at.derivative()[0])));
            double[] gradients = model.chain(kind);
            setReadout(chainReadouts.get(kind), on, i18n.get("activations.chain.value", name, subscript(model.depth()),
                    Controls.number(gradients[gradients.length - 1])));
        }
        double reluZero = ActivationCurves.at(ActivationKind.RELU, 0, 0.0).derivative()[0];
        reluAtZero.setText(i18n.get("activations.relu.zero.value", Controls.number(reluZero)));
        functions.markDirty();
        chain.markDirty();
    }

    /** The number in Unicode subscript digits, e.g. 10 → ₁₀. */
    static String subscript(int n) {
        var out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append((char) ('\u2080' + (c - '0')));
        }
        return out.toString();
    }

    private static void setReadout(Label label, boolean shown, String text) {
        label.setText(text);
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
