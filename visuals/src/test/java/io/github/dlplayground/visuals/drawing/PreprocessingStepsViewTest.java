package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.engine.digits.InkImage;
import io.github.dlplayground.engine.digits.Preprocessing;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PreprocessingStepsViewTest {
    private PreprocessingStepsView steps;

    @Start
    void start(Stage stage) {
        steps = new PreprocessingStepsView(112);
        stage.setScene(new Scene(steps, 600, 200));
        stage.show();
    }

    @Test
    void hoveringTheInputShowsThePixelUnderThePointer(FxRobot robot) {
        var pad = new DrawingPadModel(100);
        pad.setBrushRadius(6);
        pad.beginStroke(20, 20, false);
        pad.extendStroke(40, 60);
        pad.endStroke();
        var preprocessed = Preprocessing.MNIST.apply(pad.snapshot());
        robot.interact(() -> steps.drawingProperty().set(preprocessed));

        InkImageView input = steps.stepView(3);
        assertThat(input.imageProperty().get()).isSameAs(preprocessed.input());
        var bounds = input.localToScreen(input.getBoundsInLocal());
        double pixel = Math.min(bounds.getWidth(), bounds.getHeight()) / 28;
        double left = bounds.getMinX() + (bounds.getWidth() - 28 * pixel) / 2;
        double top = bounds.getMinY() + (bounds.getHeight() - 28 * pixel) / 2;
        robot.moveTo(left + 14.5 * pixel, top + 14.5 * pixel);

        PixelProbe probe = steps.hoveredPixelProperty().get();
        assertThat(probe).isNotNull();
        assertThat(probe.x()).isEqualTo(14);
        assertThat(probe.y()).isEqualTo(14);
        assertThat(probe.value()).isEqualTo(preprocessed.input().at(14, 14));
    }

    @Test
    void stepsShowEachIntermediateImage(FxRobot robot) {
        InkImage blank = InkImage.blank(50, 50);
        blank.ink()[25 * 50 + 25] = 1f;
        var preprocessed = Preprocessing.MNIST.apply(blank);
        robot.interact(() -> steps.drawingProperty().set(preprocessed));

        assertThat(steps.stepView(0).imageProperty().get()).isSameAs(blank);
        assertThat(steps.stepView(1).imageProperty().get().width()).isEqualTo(20);
        assertThat(steps.stepView(2).imageProperty().get()).isSameAs(preprocessed.placed());
    }
}
