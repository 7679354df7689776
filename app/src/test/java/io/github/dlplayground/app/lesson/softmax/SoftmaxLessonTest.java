package io.github.dlplayground.app.lesson.softmax;

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

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SoftmaxLessonTest {
    private final ContextFixture fixture = new ContextFixture();
    private SoftmaxLesson lesson;

    @Start
    void start(Stage stage) {
        lesson = LessonStage.show(stage, new SoftmaxLesson(fixture.context), 1080, 720);
    }

    @Stop
    void stop() {
        lesson.dispose();
    }

    @Test
    void clickingALabelChangesTheOneHotVectorAndTheLoss(FxRobot robot) {
        assertThat(lesson.model().label()).isEqualTo(2);
        String before = lesson.crossEntropyLabel().getText();
        robot.clickOn(lesson.labelButton(0));
        assertThat(lesson.model().label()).isZero();
        assertThat(lesson.labelButton(0).isSelected()).isTrue();
        assertThat(lesson.crossEntropyLabel().getText()).isNotEqualTo(before).contains("cat");
        assertThat(lesson.outcome().crossEntropy()).isCloseTo(-Math.log(lesson.outcome().probabilities()[0]),
                org.assertj.core.api.Assertions.within(1e-5));
        robot.lookup("y = (1, 0, 0)").queryLabeled();
    }

    @Test
    void largeLogitsBreakOnlyTheNaiveForm(FxRobot robot) {
        robot.clickOn(lesson.inputs().naiveBox());
        assertThat(lesson.naiveLabel().isVisible()).isTrue();
        assertThat(lesson.naiveLabel().getText()).contains("still works");
        robot.interact(() -> lesson.inputs().multiplierSlider().setValue(3));
        assertThat(lesson.model().multiplier()).isEqualTo(1000.0);
        assertThat(lesson.naiveLabel().getText()).contains("NaN").contains("broke");
        assertThat(lesson.outcome().probabilitySum()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Double.isFinite(lesson.outcome().crossEntropy())).isTrue();
    }

    @Test
    void logitSlidersDriveThePredictionAndTheTextFollowsTheLanguage(FxRobot robot) {
        robot.clickOn("Set logits directly");
        robot.interact(() -> lesson.inputs().logitSlider(1).setValue(9));
        assertThat(lesson.outcome().predicted()).isEqualTo(1);
        assertThat(lesson.outcome().logitRanks()[1]).isEqualTo(1);
        assertThat(lesson.outcome().probabilityRanks()[1]).isEqualTo(1);
        robot.interact(() -> fixture.i18n.localeProperty().set(I18n.CHINESE));
        assertThat(lesson.crossEntropyLabel().getText()).startsWith("交叉熵损失");
        robot.lookup("直接设置 logit").queryLabeled();
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedInPlace(FxRobot robot) {
        var field = robot.lookup(".text-field").queryTextInputControl();
        double before = lesson.model().weight(0, 0);
        robot.interact(() -> {
            field.setText("abc");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(lesson.model().weight(0, 0)).isEqualTo(before);
        robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("\"abc\" is not a number")).queryLabeled();
        robot.interact(() -> {
            field.setText("2.5");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(lesson.model().weight(0, 0)).isEqualTo(2.5);
    }
}
