package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.network.NetworkCanvasView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.github.dlplayground.app.lesson.studio.StudioTestSupport.await;
import static io.github.dlplayground.app.lesson.studio.StudioTestSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;

/** BatchNorm in the studio: the lenet-bn preset, dragging a BatchNorm in, its setting, its fix, a short run. */
@ExtendWith(ApplicationExtension.class)
class StudioBatchNormTest {
    private StudioLesson lesson;
    private StudioView studio;
    private final List<TrainingResult> results = new ArrayList<>();

    @Start
    void start(Stage stage) {
        lesson = StudioTestSupport.show(stage, new I18n(Locale.ENGLISH), new StudioTestSupport.RecordingDialogs(), results);
        studio = lesson.studio();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(lesson::dispose);
    }

    @Test
    void presetMenuLoadsTheBooksLenetWithBatchNormAndItsLearningRate(FxRobot robot) {
        MenuItem item = studio.toolbar().presetsMenu().getItems().stream()
                .filter(i -> "preset-lenet-bn".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("LeNet with batch normalization");
        robot.interact(item::fire);

        NetworkCanvasView canvas = studio.designPane().canvas();
        assertThat(studio.design().size()).isEqualTo(16);
        assertThat(studio.design().isValid()).isTrue();
        assertThat(canvas.blockLines(1)).containsExactly("2  BatchNorm", "num_features 6", "→ 6×24×24", "12 params");
        assertThat(canvas.blockLines(10)).containsExactly("11  BatchNorm", "num_features 120", "→ 120", "240 params");
        assertThat(studio.designPane().totalsLabel().getText()).startsWith("Parameters: 44,878");
        assertThat(studio.settings().configProperty().get().lr()).isEqualTo(1.0);
        assertThat(studio.trainingBar().trainButton().isDisabled()).isFalse();
    }

    @Test
    void draggedBatchNormTakesTheChannelsAndAWrongSizeIsMarkedAndFixed(FxRobot robot) {
        NetworkCanvasView canvas = studio.designPane().canvas();
        var entry = studio.designPane().palette().entry(BatchNormSpec.TYPE);
        assertThat(entry.getText()).isEqualTo("BatchNorm");
        assertThat(entry.getTooltip().getText()).startsWith("BatchNorm (batch normalization)");
        robot.drag(entry).moveTo(canvas.localToScreen(canvas.gapPoint(1))).drop();

        assertThat(studio.design().size()).isEqualTo(13);
        assertThat(studio.design().block(1).spec()).isEqualTo(new BatchNormSpec(6));
        assertThat(canvas.blockLines(1)).containsExactly("2  BatchNorm", "num_features 6", "→ 6×28×28", "12 params");
        assertThat(studio.design().isValid()).isTrue();
        assertThat(studio.design().selected()).isEqualTo(1);

        robot.doubleClickOn(studio.properties().field("num_features")).eraseText(1).write("7");
        assertThat(studio.design().block(1).spec()).isEqualTo(new BatchNormSpec(7));
        assertThat(studio.designPane().problemLabel().getText()).contains("Layer 2 (BatchNorm)")
                .contains("set num_features to 6");
        assertThat(studio.designPane().fixButton().getText()).isEqualTo("Set num_features of layer 2 to 6");
        assertThat(studio.trainingBar().trainButton().isDisabled()).isTrue();

        robot.clickOn(studio.designPane().fixButton());
        assertThat(studio.design().block(1).spec()).isEqualTo(new BatchNormSpec(6));
        assertThat(studio.trainingBar().trainButton().isDisabled()).isFalse();
        // The fix took the typed 7 back to 6: together they changed nothing, so undo removes the inserted block.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(studio.design().size()).isEqualTo(12);
        assertThat(studio.design().isValid()).isTrue();
    }

    @Test
    void lenetWithBatchNormTrainsAShortEpochAndShowsItsLayers(FxRobot robot) throws Exception {
        robot.interact(() -> studio.files().preset("lenet-bn"));
        settings(robot, studio, "training_set_size", "256", "epochs", "1", "batch_size", "64");
        robot.clickOn(studio.trainingBar().trainButton());
        await(240, () -> !results.isEmpty() && studio.session().trainedProperty().get() != null);

        assertThat(results.get(0).status()).isEqualTo(TrainingResult.Status.COMPLETED);
        assertThat(results.get(0).steps()).isEqualTo(4);
        assertThat(studio.trainingBar().statusLabel().getText()).startsWith("Finished 1 epoch: test accuracy");
        assertThat(studio.inside().history().isEmpty()).isFalse();
        await(30, () -> !studio.inside().featureMaps().sectionsProperty().get().isEmpty());
    }
}
