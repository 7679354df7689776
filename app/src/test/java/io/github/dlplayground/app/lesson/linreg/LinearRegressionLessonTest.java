package io.github.dlplayground.app.lesson.linreg;

import io.github.dlplayground.app.explain.ContextFixture;
import io.github.dlplayground.app.lesson.LessonStage;
import io.github.dlplayground.visuals.surface.Viewport;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class LinearRegressionLessonTest {
    private final ContextFixture fixture = new ContextFixture();
    private LinearRegressionLesson lesson;

    @Start
    void start(Stage stage) {
        lesson = LessonStage.show(stage, new LinearRegressionLesson(fixture.context));
    }

    @Stop
    void stop() {
        lesson.dispose();
    }

    @Test
    void stepShowsTheUpdateWithItsNumbers(FxRobot robot) {
        assertThat(lesson.texts().get(0)).startsWith("Press Step or Train");
        robot.clickOn("#linreg-step");
        var s = lesson.model().lastStep();
        assertThat(lesson.texts().get(0)).startsWith("w ← w − η·(1/|B|) Σᵢ∈B xᵢ(w·xᵢ + b − yᵢ) = 0 − 0.03 × (−")
                .endsWith(" = " + io.github.dlplayground.app.lesson.gradient.NumberControl.format(s.wAfter(), 5));
        assertThat(lesson.texts().get(2)).startsWith("Epoch 1 of 3 · minibatch 1 of 100 · step 1 · L(w, b) = ");
        assertThat(lesson.surfaceView().raster()).isNotNull();
    }

    @Test
    void clickOnTheSurfaceChoosesTheStart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = lesson.surfaceView().viewport();
        robot.clickOn(lesson.surfaceView().localToScreen(v.px(1), v.py(2)));
        assertThat(lesson.model().startW()).isCloseTo(1, within(0.05));
        assertThat(lesson.model().startB()).isCloseTo(2, within(0.05));
        assertThat(lesson.model().x(0)).isCloseTo(1, within(0.05));
    }

    @Test
    void fullBatchMakesTheSmoothPathOfGradientDescent(FxRobot robot) {
        var field = lesson.controls().batch().field();
        robot.doubleClickOn(field).eraseText(6).write("1000").type(KeyCode.ENTER);
        assertThat(lesson.model().batchSize()).isEqualTo(1000);
        robot.clickOn("#linreg-step");
        double[] g = new double[2];
        lesson.model().data().gradient(0, 0, g);
        assertThat(lesson.model().lastStep().gradW()).isCloseTo(g[0], within(1e-5));
        assertThat(lesson.texts().get(2)).startsWith("Epoch 1 of 3 · minibatch 1 of 1 · step 1");
    }

    @Test
    void trainingRunsToTheEndOfItsEpochs(FxRobot robot) {
        robot.clickOn("#train");
        assertThat(lesson.animator().isPlaying()).isTrue();
        robot.interact(() -> {
            lesson.animator().pause();
            lesson.model().setStepsPerSecond(5000);
            for (int frame = 0; frame < 5; frame++) {
                lesson.animator().tick(frame * 100_000_000L);
            }
        });
        assertThat(lesson.model().finished()).isTrue();
        assertThat(lesson.model().w()).isCloseTo(2, within(0.01));
        assertThat(lesson.texts().get(4)).isEqualTo("Training finished after 3 epochs.");
    }

    @Test
    void aTooLargeLearningRateIsExplained(FxRobot robot) {
        robot.interact(() -> {
            lesson.model().setBatchSize(1000);
            lesson.model().setEpochs(500);
        });
        var field = lesson.controls().lr().field();
        robot.doubleClickOn(field).eraseText(6).write("3").type(KeyCode.ENTER);
        robot.interact(() -> {
            while (lesson.model().step()) {
                assertThat(lesson.model().steps()).isLessThan(500);
            }
        });
        assertThat(lesson.model().diverged()).isTrue();
        assertThat(lesson.texts().get(4)).startsWith("Diverged at step").contains("smaller learning rate");
    }
}
