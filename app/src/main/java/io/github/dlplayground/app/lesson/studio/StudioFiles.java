package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkFiles;
import io.github.dlplayground.engine.spec.Presets;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Presets, network files and model files for the studio. Network files are small and read on the FX thread;
 * model files are written and read on the training thread (the weights belong to it). Every failure is one
 * sentence in an error dialog, never a stack trace. FX thread only, except where noted.
 */
final class StudioFiles {
    private final I18n i18n;
    private final StudioDialogs dialogs;
    private final TrainingSession session;
    private final Supplier<NetworkFile> current;
    private final Consumer<NetworkFile> apply;
    private final ObjectProperty<Path> modelFile = new SimpleObjectProperty<>();

    /**
     * @param current the design and settings now shown
     * @param apply   shows a network file's design and settings (undoable)
     */
    StudioFiles(I18n i18n, StudioDialogs dialogs, TrainingSession session, Supplier<NetworkFile> current,
                Consumer<NetworkFile> apply) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.session = session;
        this.current = current;
        this.apply = apply;
    }

    /** The model file last saved or opened, null before. */
    ObjectProperty<Path> modelFileProperty() {
        return modelFile;
    }

    void preset(String name) {
        try {
            apply.accept(Presets.load(name));
        } catch (NetworkFileException e) {
            dialogs.error(i18n.get("studio.error.preset"), e.getMessage());
        }
    }

    void openNetwork() {
        dialogs.chooseOpen("network").ifPresent(this::openNetwork);
    }

    /** Opens a network file; a broken design opens anyway so its problems show on the canvas. */
    void openNetwork(Path path) {
        try {
            String json = java.nio.file.Files.readString(path);
            apply.accept(NetworkFiles.parseUnchecked(json, path.getFileName().toString()));
        } catch (NetworkFileException e) {
            dialogs.error(i18n.get("studio.error.open"), e.getMessage());
        } catch (java.io.IOException e) {
            dialogs.error(i18n.get("studio.error.open"), i18n.get("studio.error.read", path, e.getMessage()));
        }
    }

    void saveNetwork() {
        NetworkFile file = current.get();
        dialogs.chooseSave("network", fileName(file.network().name(), "network", ".json")).ifPresent(p -> saveNetwork(p, file));
    }

    void saveNetwork(Path path, NetworkFile file) {
        try {
            NetworkFiles.write(path, file);
        } catch (NetworkFileException e) {
            dialogs.error(i18n.get("studio.error.save"), e.getMessage());
        }
    }

    void saveModel() {
        TrainedModel m = session.trainedProperty().get();
        if (m == null) {
            return;
        }
        dialogs.chooseSave("model", fileName(m.spec().name(), "model", ".model.json")).ifPresent(this::saveModel);
    }

    /** Writes the trained model on the training thread; completes with the path, or exceptionally (reported). */
    CompletableFuture<Path> saveModel(Path path) {
        var done = new CompletableFuture<Path>();
        TrainedModel m = session.trainedProperty().get();
        if (m == null) {
            done.completeExceptionally(new IllegalStateException(i18n.get("studio.error.noModel")));
            return done;
        }
        session.onWorker(() -> {
            try {
                ModelFiles.write(path, ModelFile.of(m.spec(), m.training(), m.network(), m.data(), m.history(),
                        m.finalTest()));
                Platform.runLater(() -> {
                    modelFile.set(path);
                    done.complete(path);
                });
            } catch (NetworkFileException | RuntimeException e) {
                String message = e.getMessage();
                Platform.runLater(() -> {
                    dialogs.error(i18n.get("studio.error.saveModel"), message);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    void openModel() {
        dialogs.chooseOpen("model").ifPresent(this::openModel);
    }

    /** Reads a model file on the training thread and makes it the current design, settings and trained model. */
    CompletableFuture<TrainedModel> openModel(Path path) {
        var done = new CompletableFuture<TrainedModel>();
        session.onWorker(() -> {
            try {
                ModelFiles.Loaded loaded = ModelFiles.read(path);
                ModelFile f = loaded.file();
                var model = new TrainedModel(f.network(), f.training(), loaded.network(), f.history(), null, null);
                Platform.runLater(() -> {
                    apply.accept(new NetworkFile(f.network(), f.training()));
                    session.adopt(model);
                    modelFile.set(path);
                    done.complete(model);
                });
            } catch (NetworkFileException | RuntimeException e) {
                String message = e.getMessage();
                Platform.runLater(() -> {
                    dialogs.error(i18n.get("studio.error.openModel"), message);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    private static String fileName(String name, String fallback, String suffix) {
        String base = name == null || name.isBlank() ? fallback : name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + suffix;
    }
}
