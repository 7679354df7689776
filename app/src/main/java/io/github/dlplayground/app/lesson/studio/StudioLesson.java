package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.engine.spec.NetworkFile;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Lesson 5, the build &amp; train studio: drag layers into a network, train it on Fashion-MNIST and watch it
 * learn. The parts live in {@link StudioView}; the Export menu's items in {@link ExportActions}. For export features: {@link #exportMenu()} takes menu items,
 * {@link #trainedModelProperty()} holds the trained network, {@link #currentNetworkFile()} the design and
 * settings, {@link #currentModelFile()} the model file last saved or opened, {@link #saveModelFile(Path)} writes one.
 */
public final class StudioLesson implements Lesson {
    private final StudioView view;
    private final ExportActions exports;

    public StudioLesson(LessonContext context) {
        this(context, StudioData.standard(context.settings()), null);
    }

    StudioLesson(LessonContext context, StudioData data, StudioDialogs dialogs) {
        view = new StudioView(context, data, dialogs);
        exports = new ExportActions(context.i18n(), exportMenu(), trainedModelProperty(), this::currentModelFile,
                ExportDialogs.fx(context.i18n(), view));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void dispose() {
        exports.dispose();
        view.dispose();
    }

    /** The Export menu on the studio's toolbar: hidden while it has no items; add MenuItems to show it. */
    public MenuButton exportMenu() {
        return view.toolbar().exportMenu();
    }

    /** The network last trained (or loaded from a model file); null before. FX thread. */
    public ReadOnlyObjectProperty<TrainedModel> trainedModelProperty() {
        return view.session().trainedProperty();
    }

    /** The design and training settings shown now, as a network file. FX thread. */
    public NetworkFile currentNetworkFile() {
        return view.currentNetworkFile();
    }

    /** The model file last saved or opened in the studio, if any. FX thread. */
    public Optional<Path> currentModelFile() {
        return Optional.ofNullable(view.files().modelFileProperty().get());
    }

    /**
     * Writes the trained model to {@code path} (on the training thread, atomically); completes with the path, or
     * exceptionally when there is no trained model or the write fails (the studio then shows the error). FX thread.
     */
    public CompletableFuture<Path> saveModelFile(Path path) {
        return view.files().saveModel(path);
    }

    StudioView studio() {
        return view;
    }

    ExportActions exports() {
        return exports;
    }
}
