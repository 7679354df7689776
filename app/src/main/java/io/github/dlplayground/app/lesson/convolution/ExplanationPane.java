package io.github.dlplayground.app.lesson.convolution;

import atlantafx.base.theme.Styles;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ConvOperation;
import io.github.dlplayground.visuals.convolution.ConvSettings;
import io.github.dlplayground.visuals.convolution.ConvolutionModel;
import io.github.dlplayground.visuals.convolution.ShapeFormula;
import io.github.dlplayground.visuals.convolution.StepText;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The text under the grids: the current step written out (products, channel sums, bias, engine result), the
 * output-shape formula with the current numbers, and one-line notes on what the settings mean (cross-correlation
 * or convolution, 1×1 as a per-pixel fully connected layer, how pooling treats padding). FX thread only.
 */
final class ExplanationPane {
    private final ConvolutionModel model;
    private final I18n i18n;
    private final VBox stepLines = new VBox(4);
    private final Label formulaSymbolic = new Label();
    private final Label formula = new Label();
    private final VBox notes = new VBox(4);
    private final StringProperty pictureNote = new SimpleStringProperty("");
    private final VBox node;
    private final Runnable onModelChange = this::update;

    ExplanationPane(ConvolutionModel model, LocaleWatch locale) {
        this.model = model;
        this.i18n = locale.i18n();
        stepLines.setId("conv-step-lines");
        formula.setId("conv-formula");
        formula.getStyleClass().add("convolution-formula");
        formula.setWrapText(true);
        formulaSymbolic.getStyleClass().add(Styles.TEXT_MUTED);
        formulaSymbolic.setWrapText(true);
        notes.setId("conv-notes");
        node = new VBox(8, stepLines, formula, formulaSymbolic, notes);
        node.getStyleClass().add("convolution-explanation");
        model.addListener(onModelChange);
        locale.onChange(() -> update());
        pictureNote.addListener(o -> update());
        update();
    }

    Node node() {
        return node;
    }

    /** A sentence on where the picture in the input comes from; empty when none is shown. */
    StringProperty pictureNoteProperty() {
        return pictureNote;
    }

    /** The step lines as shown, for tests. */
    List<String> stepTexts() {
        var texts = new ArrayList<String>();
        stepLines.getChildren().forEach(n -> texts.add(((Label) n).getText()));
        return texts;
    }

    String formulaText() {
        return formula.getText();
    }

    void dispose() {
        model.removeListener(onModelChange);
    }

    private void update() {
        ConvSettings s = model.settings();
        List<String> lines = model.currentExplanation().map(e -> StepText.lines(e, i18n::get))
                .orElse(List.of(i18n.get("convolution.step.none")));
        stepLines.getChildren().setAll(lines.stream().map(this::stepLabel).toList());
        if (model.step() > 0) {
            // the line that ends in the engine's output value (the only one for a single channel)
            int result = s.operation() == ConvOperation.CONV && s.kernelH() == 1 && s.kernelW() == 1
                    ? lines.size() - 2 : lines.size() - 1;
            stepLines.getChildren().get(result).getStyleClass().add(Styles.TEXT_BOLD);
        }
        formula.setText(i18n.get("convolution.formula.line", ShapeFormula.withChannels(s)));
        formulaSymbolic.setText("c_o × " + ShapeFormula.SYMBOLIC + " — " + i18n.get("convolution.formula.padNote"));
        notes.getChildren().setAll(noteKeys(s).stream().map(k -> note(i18n.get(k))).toList());
        if (!pictureNote.get().isEmpty()) {
            notes.getChildren().add(note(pictureNote.get()));
        }
    }

    private static List<String> noteKeys(ConvSettings s) {
        var keys = new ArrayList<String>();
        if (s.operation() == ConvOperation.CONV) {
            keys.add(s.flipped() ? "convolution.note.flipped" : "convolution.note.crossCorrelation");
            if (s.kernelH() == 1 && s.kernelW() == 1) {
                keys.add("convolution.note.oneByOne");
            }
        } else {
            keys.add("convolution.note.pooling");
            keys.add(s.operation() == ConvOperation.AVG_POOL ? "convolution.note.avgPool" : "convolution.note.maxPool");
        }
        return keys;
    }

    private Label stepLabel(String text) {
        var l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("convolution-step-line");
        l.setStyle("-fx-font-size: 1.15em;");
        return l;
    }

    private static Label note(String text) {
        var l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
