package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DrawingLessonTest {
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final SimpleBooleanProperty presenter = new SimpleBooleanProperty();
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty();
    private DrawingLesson lesson;

    @Start
    void start(Stage stage) {
        var context = new LessonContext(i18n, presenter, dark, AppSettings.defaults());
        lesson = new DrawingLesson(context, TestModels.cacheFolder());
        stage.setScene(new Scene((javafx.scene.Parent) lesson.view(), 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        lesson.dispose();
    }

    /** Waits (polling, at most 10 minutes: the first run of a build may train the model) for the model. */
    private void awaitModel() throws TimeoutException {
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> lesson.loop().classifier() != null);
    }

    private void awaitPrediction() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lesson.predictionPanel().bars().probabilitiesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags a vertical stroke down the middle of the pad: a "1". */
    private void drawOne(FxRobot robot) {
        var pad = lesson.padPanel().view();
        var b = pad.localToScreen(pad.getBoundsInLocal());
        double x = b.getMinX() + b.getWidth() * 0.5;
        robot.moveTo(x, b.getMinY() + b.getHeight() * 0.2).press(MouseButton.PRIMARY);
        for (int k = 1; k <= 12; k++) {
            robot.moveTo(x + k * 0.5, b.getMinY() + b.getHeight() * (0.2 + 0.05 * k));
        }
        robot.release(MouseButton.PRIMARY);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void drawingAStrokeUpdatesTheBarsAndClearResetsThem(FxRobot robot) throws TimeoutException {
        awaitModel();
        assertThat(text(robot, "#top-class")).isEqualTo("–");

        drawOne(robot);
        awaitPrediction();

        var bars = lesson.predictionPanel().bars();
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += bars.barValue(i);
        }
        assertThat(sum).isBetween(0.99, 1.01);
        assertThat(text(robot, "#top-class")).isEqualTo("1");
        assertThat(bars.valueText(1)).endsWith("%");
        assertThat(text(robot, "#top-three").split("\n")).hasSize(3);
        assertThat(text(robot, "#top-three")).startsWith("1. 1  (");
        assertThat(text(robot, "#latency")).contains("ms per update");
        assertThat(lesson.stepsPanel().steps().stepView(3).imageProperty().get().totalInk()).isPositive();
        // ten layers, Flatten not shown
        assertThat(lesson.networkPanel().activations().activationsProperty().get()).hasSize(9);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lesson.pad().isBlank()).isTrue();
        assertThat(bars.probabilitiesProperty().get()).isNull();
        assertThat(bars.barValue(1)).isZero();
        assertThat(text(robot, "#top-class")).isEqualTo("–");
        assertThat(lesson.networkPanel().activations().activationsProperty().get()).isEmpty();
    }

    @Test
    void undoBringsTheStrokeBack(FxRobot robot) throws TimeoutException {
        awaitModel();
        drawOne(robot);
        robot.clickOn("#clear");
        assertThat(lesson.pad().isBlank()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(lesson.pad().isBlank()).isFalse();
        awaitPrediction();
        assertThat(text(robot, "#top-class")).isEqualTo("1");
    }

    @Test
    void teachingAddsAnExampleWithItsLabel(FxRobot robot) throws TimeoutException {
        awaitModel();
        drawOne(robot);
        awaitPrediction();

        robot.clickOn("#teach-add");

        assertThat(lesson.teachPanel().examples()).hasSize(1);
        assertThat(lesson.teachPanel().examples().get(0).label()).isEqualTo(1);
        assertThat(text(robot, "#teach-count")).isEqualTo("1 examples");
        assertThat(robot.lookup("#teach-fine-tune").queryButton().isDisabled()).isFalse();
    }

    @Test
    void fineTuningSwitchesToTheFineTunedCopy(FxRobot robot) throws TimeoutException {
        awaitModel();
        drawOne(robot);
        awaitPrediction();
        robot.clickOn("#teach-add");
        var defaultModel = lesson.modelBar().current();

        robot.clickOn("#teach-fine-tune");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> lesson.modelBar().current().choice() instanceof ModelChoice.PersonalDigits);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lesson.modelBar().current()).isNotSameAs(defaultModel);
        assertThat(lesson.loop().classifier()).isSameAs(lesson.modelBar().current().classifier());
        assertThat(text(robot, "#teach-status")).startsWith("Fine-tuned for 30 steps on 1 examples");
        assertThat(robot.lookup("#model-choice").queryComboBox().getValue())
                .isInstanceOf(ModelChoice.PersonalDigits.class);
    }

    @Test
    void switchingToChineseTranslatesTheLesson(FxRobot robot) throws TimeoutException {
        awaitModel();
        drawOne(robot);
        awaitPrediction();

        robot.interact(() -> i18n.localeProperty().set(I18n.CHINESE));

        assertThat(text(robot, "#top-three")).startsWith("1. 1（");
        assertThat(text(robot, "#model-status")).contains("个参数");
    }
}
