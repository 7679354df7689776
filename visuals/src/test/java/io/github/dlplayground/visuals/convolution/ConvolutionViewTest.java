package io.github.dlplayground.visuals.convolution;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ConvolutionViewTest {
    private ConvolutionModel model;
    private ConvolutionView view;
    private ConvolutionAnimator animator;

    @Start
    void start(Stage stage) {
        model = new ConvolutionModel(ConvSettings.bookExample());
        Fills.bookExample(model);
        view = new ConvolutionView(model, (key, args) -> key);
        animator = new ConvolutionAnimator(model, view);
        stage.setScene(new Scene(new StackPane(view), 900, 600));
        stage.show();
    }

    private void click(FxRobot robot, Rect cell) {
        Point2D p = view.localToScreen(cell.centerX(), cell.centerY());
        robot.clickOn(p);
    }

    @Test
    void kernelCellsAreEditedInPlace(FxRobot robot) {
        ConvolutionLayout l = view.gridLayout();
        click(robot, l.cellRect(l.kernel(0, 0), 0, 0));
        robot.write("-1").type(KeyCode.ENTER);
        // (−1)·0 + 1·1 + 2·3 + 3·4 = 19 still for the first cell; the second reads (−1)·1 + 2 + 8 + 15 = 24
        assertThat(model.kernel(0, 0, 0, 0)).isEqualTo(-1f);
        assertThat(model.output(0, 0, 1)).isEqualTo(24f);
        assertThat(view.editor().cell()).isEmpty();
    }

    @Test
    void textThatIsNotANumberKeepsTheEditorOpenAndEscapeCancels(FxRobot robot) {
        ConvolutionLayout l = view.gridLayout();
        click(robot, l.bias(0));
        robot.write("abc").type(KeyCode.ENTER);
        assertThat(view.editor().cell()).isPresent();
        assertThat(view.editor().field().getStyleClass()).contains("danger");
        robot.type(KeyCode.ESCAPE);
        assertThat(view.editor().cell()).isEmpty();
        assertThat(model.bias(0)).isEqualTo(0f);
    }

    @Test
    void paddingCellsAreNotEditable(FxRobot robot) {
        robot.interact(() -> model.trySettings(model.settings().withPadding(1, 1)));
        ConvolutionLayout l = view.gridLayout();
        click(robot, l.cellRect(l.input(0), 0, 0));
        assertThat(view.editor().cell()).isEmpty();
        click(robot, l.cellRect(l.input(0), 1, 1));
        assertThat(view.editor().cell()).isPresent();
    }

    @Test
    void clickingAnOutputCellShowsItsStep(FxRobot robot) {
        ConvolutionLayout l = view.gridLayout();
        click(robot, l.cellRect(l.output(0), 0, 1));
        assertThat(model.step()).isEqualTo(2);
        assertThat(view.outputCellText(0, 0, 1)).isEqualTo("25");
        assertThat(view.outputCellText(0, 1, 0)).isEmpty();
    }

    @Test
    void animatorPlaysAtItsSpeedAndStopsAfterTheLastStep(FxRobot robot) {
        robot.interact(() -> {
            animator.speedProperty().set(2);
            animator.play();
            assertThat(model.step()).isZero();
            animator.advance(0.4);
            assertThat(model.step()).isZero();
            animator.advance(0.2);
            assertThat(model.step()).isEqualTo(1);
            animator.advance(10);
            assertThat(model.step()).isEqualTo(4);
            assertThat(animator.playingProperty().get()).isFalse();
            animator.advance(10);
            assertThat(model.step()).isEqualTo(4);
        });
    }

    @Test
    void pausedAnimatorDoesNotMove(FxRobot robot) {
        robot.interact(() -> {
            model.setStep(1);
            animator.pause();
            animator.advance(5);
            assertThat(model.step()).isEqualTo(1);
            animator.dispose();
        });
    }
}
