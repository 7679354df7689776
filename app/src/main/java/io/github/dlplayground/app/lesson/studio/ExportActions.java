package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.export.ExportException;
import io.github.dlplayground.app.export.ExportRun;
import io.github.dlplayground.app.export.ExportRuns;
import io.github.dlplayground.app.export.ExportTexts;
import io.github.dlplayground.app.export.Exporter;
import io.github.dlplayground.app.shell.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The studio's Export menu: the trained model as PyTorch code, a Jupyter notebook, PNG images of its curves and
 * confusion matrix, or its metrics as CSV. The items are enabled once a model exists and while no export runs;
 * choosing a file happens on the FX thread, the export on its own thread (it may evaluate a model opened from a
 * file), and then a short confirmation names what was written, or an error dialog says in one sentence what went
 * wrong. Public methods: FX thread only.
 */
final class ExportActions {
    /** What the menu exports. */
    enum Kind {
        PYTORCH("pytorch", ".py", "mdi2l-language-python"),
        NOTEBOOK("notebook", ".ipynb", "mdi2n-notebook-outline"),
        PNG("png", "", "mdi2i-image-outline"),
        CSV("csv", ".csv", "mdi2t-table-arrow-right");

        private final String key;
        private final String extension;
        private final String icon;

        Kind(String key, String extension, String icon) {
            this.key = key;
            this.extension = extension;
            this.icon = icon;
        }

        /** The bundle key part: "pytorch", "notebook", "png", "csv". */
        String key() {
            return key;
        }

        /** ".py", ".ipynb", ".csv"; "" for the folder of PNG images. */
        String extension() {
            return extension;
        }

        /** The notebook and the images show the test evaluation. */
        boolean needsTest() {
            return this == NOTEBOOK || this == PNG;
        }
    }

    private final I18n i18n;
    private final ReadOnlyObjectProperty<TrainedModel> trained;
    private final Supplier<Optional<Path>> modelFile;
    private final ExportDialogs dialogs;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Map<Kind, MenuItem> items = new EnumMap<>(Kind.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-export");
        t.setDaemon(true);
        return t;
    });

    /**
     * Adds the four items to {@code menu}.
     *
     * @param modelFile the model file last saved or opened in the studio, if any
     */
    ExportActions(I18n i18n, MenuButton menu, ReadOnlyObjectProperty<TrainedModel> trained,
                  Supplier<Optional<Path>> modelFile, ExportDialogs dialogs) {
        this.i18n = i18n;
        this.trained = trained;
        this.modelFile = modelFile;
        this.dialogs = dialogs;
        for (Kind kind : Kind.values()) {
            var item = new MenuItem();
            item.setId("export-" + kind.key());
            item.textProperty().bind(i18n.bind("export.menu." + kind.key()));
            item.setGraphic(new FontIcon(kind.icon));
            item.disableProperty().bind(Bindings.or(trained.isNull(), busy));
            item.setOnAction(e -> export(kind));
            items.put(kind, item);
            menu.getItems().add(item);
        }
    }

    MenuItem item(Kind kind) {
        return items.get(kind);
    }

    /** Asks where to write, then exports; completes with the files written (empty when the chooser was cancelled). */
    CompletableFuture<List<Path>> export(Kind kind) {
        TrainedModel m = trained.get();
        if (m == null) {
            dialogs.error(i18n.get("export.error.title"), i18n.get("export.error.noModel"));
            return CompletableFuture.completedFuture(List.of());
        }
        Path folder = modelFile.get().map(Path::toAbsolutePath).map(Path::getParent).orElse(null);
        Optional<Path> target = kind == Kind.PNG ? dialogs.chooseFolder(folder)
                : dialogs.chooseFile(kind, ExportRun.fileBase(m.spec().name()) + kind.extension(), folder).map(p -> withExtension(p, kind));
        return target.map(p -> export(kind, p)).orElseGet(() -> CompletableFuture.completedFuture(List.of()));
    }

    /** Exports to {@code target} (a file, or the folder of the PNG images) on the export thread. */
    CompletableFuture<List<Path>> export(Kind kind, Path target) {
        var done = new CompletableFuture<List<Path>>();
        TrainedModel m = trained.get();
        if (m == null || busy.get()) {
            done.complete(List.of());
            return done;
        }
        busy.set(true);
        Optional<Path> file = modelFile.get();
        String language = i18n.isChinese() ? "zh" : "en";
        worker.submit(() -> {
            try {
                List<Path> written = write(kind, target, run(m, file, kind), ExportTexts.of(language));
                Platform.runLater(() -> {
                    busy.set(false);
                    dialogs.done(confirmation(kind, written));
                    done.complete(written);
                });
            } catch (ExportException | RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> {
                    busy.set(false);
                    dialogs.error(i18n.get("export.error.title"), message);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    /**
     * A model trained here carries its test evaluation and data; one opened from a file is read again from it
     * (and evaluated when the export shows test results).
     */
    private ExportRun run(TrainedModel m, Optional<Path> file, Kind kind) throws ExportException {
        if (m.data() == null || (kind.needsTest() && m.finalTest() == null)) {
            if (file.isEmpty()) {
                throw new ExportException(i18n.get("export.error.noModelFile"));
            }
            return ExportRuns.fromModelFile(file.get(), null, kind.needsTest());
        }
        return ExportRuns.ofTrained(m.spec(), m.training(), m.history(), m.finalTest(), m.data());
    }

    private static List<Path> write(Kind kind, Path target, ExportRun run, ExportTexts texts) throws ExportException {
        return switch (kind) {
            case PYTORCH -> List.of(Exporter.pytorch(run, target));
            case NOTEBOOK -> List.of(Exporter.notebook(run, texts, target));
            case PNG -> Exporter.images(run, texts, target);
            case CSV -> List.of(Exporter.csv(run, target));
        };
    }

    private String confirmation(Kind kind, List<Path> written) {
        if (kind == Kind.PNG) {
            return i18n.get("export.done.png", written.get(0).getFileName(), written.get(1).getFileName(),
                    written.get(0).toAbsolutePath().getParent());
        }
        return i18n.get("export.done.one", written.get(0).toAbsolutePath());
    }

    /** File choosers on Linux do not add the extension of the chosen filter. */
    private static Path withExtension(Path p, Kind kind) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(kind.extension()) ? p : p.resolveSibling(name + kind.extension());
    }

    void dispose() {
        worker.shutdown();
    }
}
