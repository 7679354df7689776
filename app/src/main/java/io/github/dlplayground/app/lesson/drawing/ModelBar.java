package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.digits.DigitModels;
import io.github.dlplayground.engine.digits.DigitTraining;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.visuals.fx.LatestValueMailbox;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Chooses the model: the default digit model (trained on first use, with progress), the fine-tuned copy,
 * or a model file. Loading and training run on one background thread; the status line says what is in use
 * or, in one sentence, why a model cannot be used. FX thread only, except where noted.
 */
final class ModelBar extends VBox {
    /** Training progress handed to the FX thread: fraction done and the epoch. */
    private record Progress(double fraction, int epoch, int epochs) {
    }

    private final I18n i18n;
    private final Path cacheFolder;
    private final Consumer<LoadedModel> onLoaded;
    private final ObservableList<ModelChoice> items = FXCollections.observableArrayList();
    private final ComboBox<ModelChoice> choices = new ComboBox<>(items);
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "drawing-model-loader");
        t.setDaemon(true);
        return t;
    });
    private final LatestValueMailbox<Progress> progressMailbox = new LatestValueMailbox<>(this::showProgress);
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper();
    private volatile boolean disposed;
    private LoadedModel current;
    private int generation;
    private boolean quiet;

    ModelBar(I18n i18n, Path cacheFolder, Consumer<LoadedModel> onLoaded) {
        super(4);
        this.i18n = i18n;
        this.cacheFolder = cacheFolder;
        this.onLoaded = onLoaded;
        getStyleClass().add("drawing-model-bar");
        var label = new Label();
        label.textProperty().bind(i18n.bind("drawing.model"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        choices.setId("model-choice");
        choices.setTooltip(PadPanel.tooltip(i18n, "drawing.model.tip"));
        choices.setCellFactory(list -> new ChoiceCell());
        choices.setButtonCell(new ChoiceCell());
        choices.valueProperty().addListener((o, a, choice) -> {
            if (choice != null && !quiet) {
                load(choice);
            }
        });
        var open = new Button();
        open.setId("open-model");
        open.textProperty().bind(i18n.bind("drawing.model.open"));
        open.setGraphic(new FontIcon("mdi2f-folder-open-outline"));
        open.setTooltip(PadPanel.tooltip(i18n, "drawing.model.open.tip"));
        open.setOnAction(e -> chooseFile());
        open.setMinWidth(Region.USE_PREF_SIZE);
        choices.setPrefWidth(320);
        progress.setPrefWidth(140);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("model-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        var row = new HBox(8, label, choices, open, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, status);
        items.add(new ModelChoice.DefaultDigits());
        Path personal = cacheFolder.resolve(DigitModels.PERSONAL_FILE);
        if (Files.isRegularFile(personal)) {
            items.add(new ModelChoice.PersonalDigits(personal));
        }
        items.addAll(modelFilesIn(cacheFolder));
        i18n.localeProperty().addListener(o -> relabel());
    }

    /** Starts with the default digit model. */
    void start() {
        choices.getSelectionModel().selectFirst();
    }

    /** True when the last load has finished, well or not. */
    ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    LoadedModel current() {
        return current;
    }

    /** Shows a model made elsewhere (the fine-tuned copy) as the current one, without loading it again. */
    void useLoaded(LoadedModel model) {
        quiet = true;
        items.removeIf(c -> c.equals(model.choice()));
        items.add(1, model.choice());
        choices.getSelectionModel().select(model.choice());
        quiet = false;
        generation++;
        loaded(model);
    }

    /** Stops a training run at its next batch and ends the loader thread. */
    void dispose() {
        disposed = true;
        loader.shutdownNow();
    }

    private void chooseFile() {
        var chooser = new FileChooser();
        chooser.setTitle(i18n.get("drawing.model.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("drawing.model.open.filter"),
                "*.json"));
        if (Files.isDirectory(cacheFolder)) {
            chooser.setInitialDirectory(cacheFolder.toFile());
        }
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            var choice = new ModelChoice.FileModel(file.toPath());
            if (!items.contains(choice)) {
                items.add(choice);
            }
            choices.getSelectionModel().select(choice);
        }
    }

    /** Loads a choice on the loader thread; the newest request wins. */
    void load(ModelChoice choice) {
        int ticket = ++generation;
        settled.set(false);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.getStyleClass().remove("danger");
        status.setText(i18n.get("drawing.model.loading", name(choice)));
        loader.execute(() -> {
            try {
                LoadedModel model = read(choice);
                Platform.runLater(() -> {
                    if (ticket == generation) {
                        loaded(model);
                    }
                });
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> {
                    if (ticket == generation) {
                        failed(message);
                    }
                });
            }
        });
    }

    /** Loader thread. */
    private LoadedModel read(ModelChoice choice) throws IOException {
        ModelFiles.Loaded loaded;
        if (choice instanceof ModelChoice.PersonalDigits p) {
            loaded = readFile(p.file());
        } else if (choice instanceof ModelChoice.FileModel f) {
            loaded = readFile(f.file());
        } else {
            loaded = DigitModels.loadOrTrainDefault(cacheFolder, trainingListener(), () -> disposed);
        }
        String name = choice instanceof ModelChoice.FileModel f ? f.file().getFileName().toString() : "digits";
        var model = new LoadedModel(choice, loaded, DigitModels.classifier(loaded, name), DigitModels.dataset(loaded));
        warmUp(model);
        return model;
    }

    /**
     * Classifies a few scribbles before the model is handed over, so that the first live update does not pay
     * for class loading and compilation (and shows what an update really costs).
     */
    private static void warmUp(LoadedModel model) {
        var scribble = io.github.dlplayground.engine.digits.InkImage.blank(64, 64);
        for (int i = 8; i < 56; i++) {
            scribble.ink()[i * 64 + i] = 1f;
        }
        for (int round = 0; round < 20; round++) {
            model.classifier().classify(scribble);
        }
    }

    private static ModelFiles.Loaded readFile(Path file) throws IOException {
        try {
            return ModelFiles.read(file);
        } catch (NetworkFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private DigitTraining.Listener trainingListener() {
        return new DigitTraining.Listener() {
            @Override
            public void batchDone(int epoch, int epochs, int batch, int batches, double loss) {
                double done = ((epoch - 1) * (double) batches + batch) / ((double) epochs * batches);
                progressMailbox.offer(new Progress(done, epoch, epochs));
            }

            @Override
            public void epochDone(EpochMetrics metrics, int epochs) {
                progressMailbox.offer(new Progress((double) metrics.epoch() / epochs, metrics.epoch(), epochs));
            }
        };
    }

    private void showProgress(Progress p) {
        if (current == null || progress.isVisible()) {
            progress.setProgress(p.fraction());
            status.setText(i18n.get("drawing.model.training", p.epoch(), p.epochs()));
        }
    }

    private void loaded(LoadedModel model) {
        current = model;
        settled.set(true);
        progress.setVisible(false);
        status.getStyleClass().remove("danger");
        relabel();
        Tooltip.install(status, new Tooltip(model.choice() instanceof ModelChoice.FileModel f ? f.file().toString()
                : cacheFolder.toString()));
        onLoaded.accept(model);
    }

    /** Shows why the current model could not read the drawing. */
    void showError(String message) {
        failed(message);
    }

    private void failed(String message) {
        settled.set(true);
        progress.setVisible(false);
        if (!status.getStyleClass().contains("danger")) {
            status.getStyleClass().add("danger");
        }
        status.setText(i18n.get("drawing.model.error", message));
    }

    private void relabel() {
        choices.setButtonCell(new ChoiceCell());
        if (current != null) {
            String count = NumberFormat.getIntegerInstance(i18n.locale()).format(current.parameterCount());
            double accuracy = current.testAccuracy();
            status.setText(Double.isNaN(accuracy)
                    ? i18n.get("drawing.model.readyNoAccuracy", count)
                    : i18n.get("drawing.model.ready", count, String.format(Locale.ROOT, "%.1f %%", 100 * accuracy),
                    current.loaded().file().test().count()));
        }
    }

    String name(ModelChoice choice) {
        if (choice instanceof ModelChoice.PersonalDigits) {
            return i18n.get("drawing.model.personal");
        }
        if (choice instanceof ModelChoice.FileModel f) {
            return i18n.get("drawing.model.file", f.file().getFileName().toString());
        }
        return i18n.get("drawing.model.digits");
    }

    /** Model files lying in the cache folder besides the digit models (e.g. saved there from the studio). */
    private static java.util.List<ModelChoice> modelFilesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".model.json"))
                    .filter(p -> !p.getFileName().toString().equals(DigitModels.DEFAULT_FILE))
                    .filter(p -> !p.getFileName().toString().equals(DigitModels.PERSONAL_FILE))
                    .sorted().map(p -> (ModelChoice) new ModelChoice.FileModel(p)).toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    private final class ChoiceCell extends ListCell<ModelChoice> {
        @Override
        protected void updateItem(ModelChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name(item));
        }
    }
}
