package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.TrainingConfig;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.List;

/**
 * The book's dropout experiment as two runs with the same seed and settings: the MLP-with-dropout preset with
 * its Dropout layers taken out, then as it is. The first run's curves stay as the ghost, so the smaller gap
 * between training and test accuracy with dropout shows. A small training set (2,000 images) and 15 epochs make
 * over-fitting visible in a minute. FX thread only.
 */
final class DropoutComparison extends HBox {
    static final int TRAINING_SET_SIZE = 2000;
    static final int EPOCHS = 15;

    private enum Step { IDLE, WITHOUT, WITH }

    private final I18n i18n;
    private final StudioView studio;
    private final Label text = new Label();
    private final Button run;
    private Step step = Step.IDLE;
    private NetworkFile withDropout;

    DropoutComparison(I18n i18n, StudioView studio) {
        super(8);
        this.i18n = i18n;
        this.studio = studio;
        getStyleClass().add("studio-dropout-comparison");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.textProperty().bind(i18n.bind("studio.compare.text", TRAINING_SET_SIZE, EPOCHS));
        run = StudioUi.button(i18n, "mdi2c-compare-horizontal", "studio.compare", "studio.compare.tip");
        run.setOnAction(e -> begin());
        HBox.setHgrow(text, Priority.ALWAYS);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(text, run);
    }

    Button runButton() {
        return run;
    }

    boolean isRunning() {
        return step != Step.IDLE;
    }

    /** The preset's network without its Dropout layers, named so the legend says so. */
    static NetworkSpec withoutDropout(NetworkSpec spec, String name) {
        List<LayerSpec> kept = spec.layers().stream().filter(l -> !(l instanceof DropoutSpec)).toList();
        return spec.withLayers(kept).withName(name);
    }

    private void begin() {
        NetworkFile preset;
        try {
            preset = Presets.load("mlp-dropout");
        } catch (NetworkFileException e) {
            throw new IllegalStateException("the mlp-dropout preset shipped with the app cannot be read", e);
        }
        TrainingConfig config = preset.training().withTrainingSetSize(TRAINING_SET_SIZE).withEpochs(EPOCHS);
        withDropout = new NetworkFile(preset.network().withName(i18n.get("studio.compare.name")), config);
        var without = new NetworkFile(withoutDropout(preset.network(), i18n.get("studio.compare.name")), config);
        studio.curves().clearPrevious();
        step = Step.WITHOUT;
        run.setDisable(true);
        studio.applyNetworkFile(without);
        studio.train();
    }

    /** A run completed: after the run without dropout, the run with it starts. */
    void runFinished() {
        if (step == Step.WITHOUT) {
            step = Step.WITH;
            studio.applyNetworkFile(withDropout);
            studio.train();
        } else if (step == Step.WITH) {
            cancel();
        }
    }

    /** Ends the comparison (a run was stopped, diverged or failed). */
    void cancel() {
        step = Step.IDLE;
        run.setDisable(false);
    }
}
