package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.digits.PreprocessedDrawing;
import io.github.dlplayground.engine.digits.Preprocessing;
import io.github.dlplayground.visuals.drawing.PixelProbe;
import io.github.dlplayground.visuals.drawing.PreprocessingStepsView;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The preprocessing previews with translated captions, a detail line per step (box size, scaled size,
 * shift) and the value of the input pixel under the pointer. FX thread only.
 */
final class StepsPanel extends VBox {
    private final I18n i18n;
    private final PreprocessingStepsView steps = new PreprocessingStepsView(84);
    private Preprocessing preprocessing = Preprocessing.MNIST;

    StepsPanel(I18n i18n) {
        super(8);
        this.i18n = i18n;
        var title = new Label();
        title.textProperty().bind(i18n.bind("drawing.steps.title"));
        title.getStyleClass().add("text-muted");
        title.setWrapText(true);
        setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        getChildren().addAll(title, steps);
        steps.setId("preprocessing-steps");
        steps.hoveredPixelProperty().addListener((o, a, probe) -> showDetails());
        i18n.localeProperty().addListener(o -> setPreprocessing(preprocessing));
        setPreprocessing(Preprocessing.MNIST);
    }

    PreprocessingStepsView steps() {
        return steps;
    }

    void setPreprocessing(Preprocessing p) {
        preprocessing = p;
        steps.setFitSize(p.fitSize());
        steps.captionProperty(0).set(i18n.get("drawing.step.box"));
        steps.captionProperty(1).set(i18n.get("drawing.step.fit", p.fitSize()));
        steps.captionProperty(2).set(i18n.get("drawing.step.mass"));
        steps.captionProperty(3).set(i18n.get("drawing.step.input", p.size()));
        Tooltip.install(steps.stepView(0), PadPanel.tooltip(i18n, "drawing.step.box.tip"));
        Tooltip.install(steps.stepView(1), PadPanel.tooltip(i18n, "drawing.step.fit.tip", p.fitSize()));
        Tooltip.install(steps.stepView(2), PadPanel.tooltip(i18n,
                p.centring() == Preprocessing.Centring.CENTRE_OF_MASS ? "drawing.step.mass.tip"
                        : "drawing.step.mass.fashion.tip", p.size()));
        Tooltip.install(steps.stepView(3), PadPanel.tooltip(i18n, "drawing.step.input.tip", p.size()));
        showDetails();
    }

    void show(PreprocessedDrawing drawing) {
        steps.drawingProperty().set(drawing);
        showDetails();
    }

    private void showDetails() {
        PreprocessedDrawing d = steps.drawingProperty().get();
        boolean ink = d != null && !d.isEmpty();
        steps.detailProperty(0).set(ink ? i18n.get("drawing.step.box.detail", d.boundingBox().width(),
                d.boundingBox().height()) : "");
        steps.detailProperty(1).set(ink ? i18n.get("drawing.step.fit.detail", d.scaled().width(),
                d.scaled().height()) : "");
        steps.detailProperty(2).set(ink ? i18n.get("drawing.step.mass.detail", signed(d.shiftX()),
                signed(d.shiftY())) : "");
        PixelProbe probe = steps.hoveredPixelProperty().get();
        steps.detailProperty(3).set(probe == null ? (ink ? i18n.get("drawing.step.input.detail") : "")
                : i18n.get("drawing.step.input.hover", probe.x(), probe.y(),
                String.format(Locale.ROOT, "%.3f", probe.value())));
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : String.valueOf(v);
    }
}
