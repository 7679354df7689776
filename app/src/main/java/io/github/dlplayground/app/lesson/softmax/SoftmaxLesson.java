package io.github.dlplayground.app.lesson.softmax;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.activations.Controls;
import io.github.dlplayground.app.shell.I18n;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lesson 2, softmax and cross-entropy, with the book's cat / chicken / dog example: inputs and weights (or
 * logits) on the left; on the right the true label chosen by click, logits and probabilities with their
 * ranks, the cross-entropy and squared error with their slopes, the naive formula on demand, and both losses
 * plotted against the true class's logit. Every value comes from the engine, recomputed on each change.
 */
public final class SoftmaxLesson implements Lesson {
    static final String[] CLASS_ICONS = {"mdi2c-cat", "mdi2t-turkey", "mdi2d-dog"};

    private final LessonContext context;
    private final SoftmaxModel model = new SoftmaxModel();
    private final SoftmaxInputsPane inputs;
    private final SoftmaxBarsView bars;
    private final SoftmaxLossPlotView plot;
    private final ToggleButton[] labelButtons = new ToggleButton[SoftmaxModel.CLASSES];
    private final Label oneHot = new Label();
    private final Label crossEntropy = new Label();
    private final Label squaredError = new Label();
    private final Label predicted = new Label();
    private final Label slopes = new Label();
    private final Label naive = new Label();
    private final InvalidationListener refresh = o -> refresh();
    private final Node view;
    private SoftmaxOutcome outcome;

    public SoftmaxLesson(LessonContext context) {
        this.context = context;
        I18n i18n = context.i18n();
        bars = new SoftmaxBarsView(context);
        plot = new SoftmaxLossPlotView(context, model);
        inputs = new SoftmaxInputsPane(context, model, this::refresh);
        var left = Controls.column(context, inputs.view());
        left.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(440.0)
                .otherwise(300.0));
        left.minWidthProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(400.0)
                .otherwise(280.0));
        left.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);

        var labelRow = new javafx.scene.layout.FlowPane(8, 8, Controls.label(i18n, "softmax.label.title"));
        labelRow.setAlignment(Pos.CENTER_LEFT);
        var group = new ToggleGroup();
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            int index = j;
            var button = new ToggleButton();
            button.textProperty().bind(i18n.bind("softmax.class." + j));
            button.setGraphic(new FontIcon(CLASS_ICONS[j]));
            button.setToggleGroup(group);
            Controls.tooltip(i18n, button, "softmax.label.tip");
            button.setOnAction(e -> {
                button.setSelected(true);
                model.setLabel(index);
                refresh();
            });
            labelButtons[j] = button;
            labelRow.getChildren().add(button);
        }
        labelButtons[model.label()].setSelected(true);
        labelRow.getChildren().add(oneHot);
        for (Label label : new Label[] {crossEntropy, squaredError, predicted, slopes, naive}) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bars.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(300.0)
                .otherwise(210.0));
        bars.minHeightProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(260.0)
                .otherwise(170.0));
        plot.minHeightProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(240.0)
                .otherwise(160.0));
        bars.setMinWidth(300);
        plot.setPrefHeight(260);
        var readouts = new VBox(2, crossEntropy, squaredError, predicted);
        var plotNote = new VBox(2, slopes, naive);
        var right = new VBox(8, labelRow, bars, readouts, plot, plotNote);
        VBox.setVgrow(plot, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        var root = new HBox(16, left, right);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("softmax-lesson");
        // below this the right column would squeeze its charts: scroll instead
        root.minHeightProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(960.0)
                .otherwise(620.0));
        view = Controls.fitting(root, 620);
        i18n.localeProperty().addListener(new WeakInvalidationListener(refresh));
        refresh();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void dispose() {
        // recomputed on demand only: no timers or threads to stop
    }

    SoftmaxModel model() {
        return model;
    }

    SoftmaxOutcome outcome() {
        return outcome;
    }

    SoftmaxInputsPane inputs() {
        return inputs;
    }

    ToggleButton labelButton(int j) {
        return labelButtons[j];
    }

    Label crossEntropyLabel() {
        return crossEntropy;
    }

    Label naiveLabel() {
        return naive;
    }

    private void refresh() {
        I18n i18n = context.i18n();
        outcome = model.outcome();
        int y = outcome.label();
        String className = i18n.get("softmax.class." + y);
        double[] hot = new double[SoftmaxModel.CLASSES];
        hot[y] = 1;
        oneHot.setText(i18n.get("softmax.label.onehot", (int) hot[0], (int) hot[1], (int) hot[2]));
        crossEntropy.setText(i18n.get("softmax.ce", className, PlotFormat.compact(outcome.probabilities()[y]),
                PlotFormat.compact(outcome.crossEntropy())));
        squaredError.setText(i18n.get("softmax.se", PlotFormat.compact(outcome.squaredError())));
        predicted.setText(i18n.get("softmax.predicted", i18n.get("softmax.class." + outcome.predicted()),
                i18n.get(outcome.predicted() == y ? "softmax.predicted.right" : "softmax.predicted.wrong")));
        slopes.setText(i18n.get("softmax.slopes", PlotFormat.compact(outcome.gradient()[y]),
                PlotFormat.compact(SoftmaxEngine.squaredErrorSlope(outcome))));
        naive.setVisible(inputs.naiveShown());
        naive.setManaged(inputs.naiveShown());
        if (inputs.naiveShown()) {
            describeNaive(i18n);
        }
        bars.show(outcome);
        plot.show(outcome);
    }

    private void describeNaive(I18n i18n) {
        NaiveSoftmax.Result result = model.naive();
        var exps = new StringBuilder();
        var probs = new StringBuilder();
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            exps.append(j == 0 ? "" : ", ").append(PlotFormat.compact(result.exponentials()[j]));
            probs.append(j == 0 ? "" : ", ").append(PlotFormat.compact(result.probabilities()[j]));
        }
        naive.setText(i18n.get("softmax.naive.values", exps.toString(), PlotFormat.compact(result.sum()),
                probs.toString(), PlotFormat.compact(result.crossEntropy()))
                + " " + i18n.get(result.broken() ? "softmax.naive.broken" : "softmax.naive.fine"));
        naive.getStyleClass().remove("danger");
        if (result.broken()) {
            naive.getStyleClass().add("danger");
        }
    }
}
