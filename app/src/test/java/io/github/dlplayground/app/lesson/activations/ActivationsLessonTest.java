package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.explain.ContextFixture;
import io.github.dlplayground.app.lesson.LessonStage;
import io.github.dlplayground.app.shell.I18n;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ActivationsLessonTest {
    private final ContextFixture fixture = new ContextFixture();
    private ActivationsLesson lesson;

    @Start
    void start(Stage stage) {
        lesson = new ActivationsLesson(fixture.context);
        lesson.fitting().setPaced(false);
        LessonStage.show(stage, lesson, 1080, 720);
    }

    /** Stops the fitting thread and the dropout timer, so nothing of this lesson outlives its test. */
    @Stop
    void stop() {
        lesson.dispose();
    }

    @Test
    void stackingMoreLayersShrinksTheSigmoidGradient(FxRobot robot) {
        var explorer = lesson.explorer();
        String before = explorer.chainReadout(ActivationKind.SIGMOID).getText();
        robot.interact(() -> explorer.depthSlider().setValue(20));
        assertThat(explorer.model().depth()).isEqualTo(20);
        String after = explorer.chainReadout(ActivationKind.SIGMOID).getText();
        assertThat(after).isNotEqualTo(before).contains("\u2202h\u2082\u2080/\u2202h\u2080").contains("e-");
        assertThat(explorer.chainReadout(ActivationKind.RELU).getText()).endsWith("1.0000");
        robot.lookup("ReLU\u2032(0) computed by the engine: 0.0000").queryLabeled();
        robot.clickOn("Tanh");
        assertThat(explorer.model().isShown(ActivationKind.TANH)).isTrue();
        assertThat(explorer.pointReadout(ActivationKind.TANH).isVisible()).isTrue();
    }

    @Test
    void scenarioButtonsRefitWithTheEngine(FxRobot robot) {
        robot.interact(() -> lesson.tabs().getSelectionModel().select(1));
        robot.clickOn("Degree 1");
        var fitting = lesson.fitting();
        waitUntilDone(fitting, 1, 100);
        assertThat(fitting.shown().lastTrainLoss()).isGreaterThan(1f);
        assertThat(fitting.status().getText()).startsWith("Epoch 1000 of 1000");
        robot.clickOn("Degree 20, 15 points");
        waitUntilDone(fitting, 20, 15);
        assertThat(fitting.shown().lastTestLoss()).isGreaterThan(10 * fitting.shown().lastTrainLoss());
        robot.interact(() -> fixture.i18n.localeProperty().set(I18n.CHINESE));
        assertThat(fitting.status().getText()).startsWith("第 1000 / 1000 个迭代周期");
    }

    @Test
    void dropoutStepsDropUnitsAndInferenceDoesNot(FxRobot robot) {
        robot.interact(() -> lesson.tabs().getSelectionModel().select(2));
        var dropout = lesson.dropout();
        robot.clickOn(button(robot, "Step"));
        assertThat(dropout.model().steps()).isEqualTo(1);
        assertThat(dropout.readout().getText()).startsWith("Step 1:").contains("2.00");
        // 3 steps a second; one call advances at most 0.25 s so that a stall does not cause a burst
        int[] taken = {0};
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                taken[0] += dropout.animator().advance(0.25);
            }
        });
        assertThat(taken[0]).isEqualTo(3);
        assertThat(dropout.model().steps()).isEqualTo(4);
        robot.clickOn(button(robot, "Play"));
        assertThat(dropout.animator().running()).isTrue();
        robot.interact(() -> lesson.tabs().getSelectionModel().select(0));
        assertThat(dropout.animator().running()).isFalse();
        robot.interact(() -> lesson.tabs().getSelectionModel().select(2));
        assertThat(dropout.animator().running()).isTrue();
        robot.clickOn("Inference (dropout off)");
        assertThat(dropout.model().training()).isFalse();
        assertThat(dropout.readout().getText()).startsWith("Inference");
        robot.interact(lesson::dispose);
        assertThat(dropout.animator().running()).isFalse();
    }

    private static javafx.scene.control.Button button(FxRobot robot, String text) {
        return robot.lookup(".button").match((javafx.scene.control.Button b) -> text.equals(b.getText()))
                .queryButton();
    }

    private static void waitUntilDone(FittingPane fitting, int degree, int size) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                var shown = fitting.shown();
                return shown != null && shown.done() && shown.settings().degree() == degree
                        && shown.settings().trainSize() == size;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the fit of degree " + degree + " on " + size + " points did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
