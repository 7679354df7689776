package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.digits.DigitModels;
import io.github.dlplayground.engine.digits.FineTuning;
import io.github.dlplayground.engine.digits.PreprocessedDrawing;
import io.github.dlplayground.visuals.drawing.DrawingPadModel;
import io.github.dlplayground.visuals.fx.LatestValueMailbox;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Teach it: "this was a 7" adds the drawing, preprocessed, with its label to a small personal set; "Fine-tune"
 * trains a copy of the current digit model on that set for a few steps on a background thread, saves it as
 * the personal model (never over the default model) and hands it to the lesson. FX thread only.
 */
final class TeachPanel extends VBox {
    private record Step(int step, int steps, double loss) {
    }

    private final I18n i18n;
    private final DrawingPadModel pad;
    private final Supplier<LoadedModel> currentModel;
    private final Path cacheFolder;
    private final Consumer<LoadedModel> onTuned;
    private final List<FineTuning.Example> examples = new ArrayList<>();
    private final ComboBox<Integer> label = new ComboBox<>();
    private final Button add = new Button();
    private final Button fineTune = new Button();
    private final Label count = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final LatestValueMailbox<Step> steps = new LatestValueMailbox<>(this::showStep);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "drawing-fine-tuning");
        t.setDaemon(true);
        return t;
    });
    private boolean running;
    private boolean userPicked;
    private boolean suggesting;

    TeachPanel(I18n i18n, DrawingPadModel pad, Supplier<LoadedModel> currentModel, Path cacheFolder,
               Consumer<LoadedModel> onTuned) {
        super(4);
        this.i18n = i18n;
        this.pad = pad;
        this.currentModel = currentModel;
        this.cacheFolder = cacheFolder;
        this.onTuned = onTuned;
        var title = new Label();
        title.textProperty().bind(i18n.bind("drawing.teach.title"));
        title.getStyleClass().add("title-4");
        var thisWas = new Label();
        thisWas.textProperty().bind(i18n.bind("drawing.teach.label"));
        for (int d = 0; d <= 9; d++) {
            label.getItems().add(d);
        }
        label.getSelectionModel().selectFirst();
        label.valueProperty().addListener(o -> userPicked |= !suggesting);
        label.setId("teach-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setTooltip(PadPanel.tooltip(i18n, "drawing.teach.label.tip"));
        add.setId("teach-add");
        add.textProperty().bind(i18n.bind("drawing.teach.add"));
        add.setGraphic(new FontIcon("mdi2p-plus-box-outline"));
        add.setTooltip(PadPanel.tooltip(i18n, "drawing.teach.add.tip"));
        add.setOnAction(e -> addExample());
        fineTune.setId("teach-fine-tune");
        fineTune.textProperty().bind(i18n.bind("drawing.teach.finetune"));
        fineTune.setGraphic(new FontIcon("mdi2s-school-outline"));
        fineTune.setTooltip(PadPanel.tooltip(i18n, "drawing.teach.finetune.tip",
                FineTuning.Settings.standard().steps()));
        fineTune.setOnAction(e -> startFineTuning());
        count.setId("teach-count");
        status.setId("teach-status");
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        progress.setPrefWidth(100);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        thisWas.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.getStyleClass().add("text-muted");
        var heading = new HBox(8, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);
        var row = new HBox(8, thisWas, label, add, fineTune, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, row, status);
        i18n.localeProperty().addListener(o -> refresh());
        pad.addListener(this::refresh);
        refresh();
    }

    /** The personal examples added so far. */
    List<FineTuning.Example> examples() {
        return List.copyOf(examples);
    }

    /** Proposes the predicted class as the label, unless the user has picked one since the last example. */
    void suggest(int predicted) {
        if (!userPicked && predicted >= 0 && predicted < label.getItems().size()) {
            suggesting = true;
            label.setValue(predicted);
            suggesting = false;
        }
    }

    /** Enables what can be done now and shows the number of examples. */
    void refresh() {
        LoadedModel model = currentModel.get();
        boolean digits = model != null && model.readsDigits();
        add.setDisable(running || !digits || pad.visibleStrokeCount() == 0);
        fineTune.setDisable(running || !digits || examples.isEmpty());
        count.setText(i18n.get("drawing.teach.count", examples.size()));
        if (model != null && !digits && !running) {
            status.setText(i18n.get("drawing.teach.digitsOnly"));
        } else if (!running && status.getText().equals(i18n.get("drawing.teach.digitsOnly"))) {
            status.setText("");
        }
    }

    private void addExample() {
        LoadedModel model = currentModel.get();
        if (model == null || pad.visibleStrokeCount() == 0) {
            status.setText(i18n.get("drawing.teach.empty"));
            return;
        }
        PreprocessedDrawing pre = model.classifier().preprocessing().apply(pad.snapshot());
        if (pre.isEmpty()) {
            status.setText(i18n.get("drawing.teach.empty"));
            return;
        }
        examples.add(new FineTuning.Example(pre.input().ink().clone(), label.getValue()));
        userPicked = false;
        status.setText("");
        refresh();
    }

    private void startFineTuning() {
        LoadedModel base = currentModel.get();
        if (base == null || !base.readsDigits() || examples.isEmpty()) {
            status.setText(i18n.get("drawing.teach.needExamples"));
            return;
        }
        running = true;
        progress.setVisible(true);
        progress.setProgress(0);
        refresh();
        List<FineTuning.Example> set = List.copyOf(examples);
        worker.execute(() -> {
            try {
                DigitModels.FineTuned tuned = DigitModels.fineTunePersonal(base.loaded(), set, cacheFolder,
                        (step, total, loss) -> steps.offer(new Step(step, total, loss)));
                var choice = new ModelChoice.PersonalDigits(tuned.file());
                var model = new LoadedModel(choice, tuned.model(), DigitModels.classifier(tuned.model(), "personal"),
                        DigitModels.dataset(tuned.model()));
                Platform.runLater(() -> finished(model, tuned));
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> failed(message));
            }
        });
    }

    private void showStep(Step s) {
        if (running) {
            progress.setProgress((double) s.step() / s.steps());
            status.setText(i18n.get("drawing.teach.running", s.step(), s.steps(),
                    String.format(Locale.ROOT, "%.3f", s.loss())));
        }
    }

    private void finished(LoadedModel model, DigitModels.FineTuned tuned) {
        running = false;
        progress.setVisible(false);
        status.setText(i18n.get("drawing.teach.done", tuned.result().steps(), tuned.result().examples(),
                String.format(Locale.ROOT, "%.3f", tuned.result().lossBefore()),
                String.format(Locale.ROOT, "%.3f", tuned.result().lossAfter()), tuned.file()));
        onTuned.accept(model);
        refresh();
    }

    private void failed(String message) {
        running = false;
        progress.setVisible(false);
        status.setText(i18n.get("drawing.model.error", message));
        refresh();
    }

    void dispose() {
        worker.shutdownNow();
    }
}
