package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.explain.ContextFixture;
import io.github.dlplayground.app.lesson.LessonStage;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.surface.Viewport;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class GradientDescentLessonTest {
    private final ContextFixture fixture = new ContextFixture();
    private final I18n i18n = fixture.i18n;
    private GradientDescentLesson lesson;

    @Start
    void start(Stage stage) {
        lesson = LessonStage.show(stage, new GradientDescentLesson(fixture.context));
    }

    @Stop
    void stop() {
        lesson.dispose();
    }

    @Test
    void clickPlacesTheStart(FxRobot robot) {
        Viewport v = lesson.surfaceView().viewport();
        Point2D target = lesson.surfaceView().localToScreen(v.px(2), v.py(1));
        robot.clickOn(target);
        assertThat(lesson.model().startX()).isCloseTo(2, within(0.05));
        assertThat(lesson.model().startY()).isCloseTo(1, within(0.05));
        assertThat(lesson.model().stepCount()).isZero();
        assertThat(lesson.model().racer("adam").x(0)).isCloseTo(2, within(0.05));
    }

    @Test
    void stepButtonMovesEveryMarkerOneStep(FxRobot robot) {
        double before = lesson.model().racer("sgd").descent().x();
        robot.clickOn("#step");
        assertThat(lesson.model().stepCount()).isEqualTo(1);
        // SGD lr 0.1 on the quadratic from (−5, −2): x ← 0.8x
        assertThat(lesson.model().racer("sgd").descent().x()).isCloseTo(0.8 * before, within(1e-6));
        assertThat(lesson.transport().stepText()).isEqualTo("Step 1");
        assertThat(lesson.optimizers().texts().get(0)).containsExactly("SGD", "step 1", "f = 18.88", "");
    }

    @Test
    void playAdvancesWithTheFramesUntilPaused(FxRobot robot) {
        robot.clickOn("#play");
        assertThat(lesson.animator().isPlaying()).isTrue();
        assertThat(lesson.transport().playButton().getText()).isEqualTo("Pause");
        robot.interact(() -> {
            lesson.animator().pause();
            lesson.model().reset();
            // frames 0.5 s apart at 10 steps/s: the first frame only starts the clock, each later one
            // advances at most 0.1 s worth, i.e. one step
            lesson.animator().tick(0);
            lesson.animator().tick(500_000_000L);
            lesson.animator().tick(1_000_000_000L);
        });
        assertThat(lesson.model().stepCount()).isEqualTo(2);
        assertThat(lesson.model().racer("momentum").size()).isEqualTo(3);
        assertThat(lesson.transport().playButton().getText()).isEqualTo("Play");
    }

    @Test
    void typingALearningRateChangesThePath(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#step");
        }
        double before = lesson.model().racer("sgd").x(3);
        robot.interact(() -> lesson.optimizers().expand("sgd"));
        var field = lesson.optimizers().control("sgd", "lr").field();
        robot.doubleClickOn(field).eraseText(6).write("0.2").type(KeyCode.ENTER);
        assertThat(lesson.model().racer("sgd").config().lr()).isEqualTo(0.2);
        // replayed to step 3 with x ← 0.6x: −5·0.6³
        assertThat(lesson.model().racer("sgd").x(3)).isCloseTo(-1.08, within(1e-6)).isNotEqualTo(before);
        assertThat(lesson.model().stepCount()).isEqualTo(3);
    }

    @Test
    void rejectedValueIsExplainedAndKeepsThePath(FxRobot robot) {
        robot.interact(() -> lesson.optimizers().expand("adam"));
        var control = lesson.optimizers().control("adam", "beta1");
        robot.doubleClickOn(control.field()).eraseText(6).write("1.5").type(KeyCode.ENTER);
        assertThat(control.errorText()).isEqualTo("β₁ must lie in [0, 1), e.g. 0.9");
        assertThat(lesson.model().racer("adam").config().beta1()).isEqualTo(0.9);
    }

    @Test
    void divergenceShowsItsMarkerAndSentence(FxRobot robot) {
        robot.interact(() -> lesson.optimizers().applyConfig("sgd",
                lesson.model().racer("sgd").config().withLr(1.1)));
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#step");
        }
        assertThat(lesson.model().racer("sgd").diverged()).isTrue();
        assertThat(lesson.optimizers().texts().get(0)).containsExactly("SGD", "step 5", "f = 1.65e6", "diverged");
        assertThat(lesson.divergenceTexts()).singleElement().asString()
                .startsWith("SGD diverged at step 5: |f| went above 10⁶.")
                .contains("try a smaller learning rate");
        assertThat(lesson.model().racer("adam").diverged()).isFalse();
    }

    @Test
    void aFormulaMistakeIsShownWithItsColumnAndTheSurfaceStays(FxRobot robot) {
        var before = lesson.model().surface();
        var field = lesson.picker().formulaField();
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("x^2 + * y").type(KeyCode.ENTER);
        assertThat(lesson.picker().errorText()).isEqualTo("Column 7: unexpected “*” The previous function stays.");
        assertThat(lesson.model().surface()).isSameAs(before);
        robot.interact(() -> field.setText("x^2 + y^4"));
        robot.clickOn(field).type(KeyCode.ENTER);
        assertThat(lesson.picker().errorText()).isEmpty();
        assertThat(lesson.picker().presetName()).isEqualTo(SurfacePicker.CUSTOM);
        assertThat(lesson.model().surface().value(1, 2)).isEqualTo(17);
    }

    @Test
    void oneDimensionalModeRollsDownACurve(FxRobot robot) {
        robot.clickOn("1D curve");
        assertThat(lesson.curveView().isVisible()).isTrue();
        assertThat(lesson.surfaceView().isVisible()).isFalse();
        assertThat(lesson.model().surface().dimension()).isEqualTo(1);
        assertThat(lesson.model().startX()).isEqualTo(-0.8);
        robot.clickOn("#step");
        assertThat(lesson.model().racer("sgd").descent().x()).isNotEqualTo(-0.8);
    }

    @Test
    void detailsShowTheSelectedRulesQuantities(FxRobot robot) {
        robot.clickOn("#step");
        robot.interact(() -> {
            lesson.showDetails().setSelected(true);
            lesson.optimizers().selectedProperty().set("adam");
        });
        String text = lesson.details().text();
        assertThat(text).startsWith("Adam at step 1\nm ← β₁·m + (1 − β₁)·g\n");
        assertThat(text).contains("first moment m", "bias-corrected m̂", "(-4.9, -1.9)");
        assertThat(lesson.surfaceView().selectedProperty().get()).isEqualTo(6);
    }

    @Test
    void switchingToChineseRelabelsTheLesson(FxRobot robot) {
        robot.clickOn("#step");
        robot.interact(() -> i18n.localeProperty().set(I18n.CHINESE));
        assertThat(lesson.optimizers().texts().get(0)).containsExactly("随机梯度下降", "第 1 步", "f = 18.88", "");
        assertThat(lesson.transport().stepText()).isEqualTo("第 1 步");
        assertThat(lesson.transport().playButton().getText()).isEqualTo("播放");
        assertThat(lesson.chart().model().xLabel()).isEqualTo("步数");
    }
}
