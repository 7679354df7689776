package io.github.dlplayground.visuals.drawing;

import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DrawingPadViewTest {
    private DrawingPadModel model;
    private DrawingPadView view;

    @Start
    void start(Stage stage) {
        model = new DrawingPadModel(200);
        view = new DrawingPadView(model);
        stage.setScene(new Scene(new StackPane(view), 400, 400));
        stage.show();
    }

    @Test
    void draggingDrawsAStrokeIntoTheModel(FxRobot robot) {
        var bounds = view.localToScreen(view.getBoundsInLocal());
        double x = bounds.getMinX() + bounds.getWidth() * 0.3;
        double y = bounds.getMinY() + bounds.getHeight() * 0.5;

        robot.moveTo(x, y).press(MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 20).release(MouseButton.PRIMARY);

        assertThat(model.isBlank()).isFalse();
        assertThat(model.visibleStrokeCount()).isEqualTo(1);
        // the view is 400 wide and the buffer 200: the stroke starts near buffer x = 0.3·200 = 60
        double startX = view.toModelX(view.screenToLocal(x, y).getX());
        assertThat(startX).isBetween(55.0, 65.0);
        int row = (int) view.toModelY(view.screenToLocal(x, y).getY());
        assertThat(model.ink()[row * 200 + (int) startX]).isEqualTo(1f);
    }

    @Test
    void secondaryDragErases(FxRobot robot) {
        var bounds = view.localToScreen(view.getBoundsInLocal());
        double x = bounds.getMinX() + bounds.getWidth() * 0.2;
        double y = bounds.getMinY() + bounds.getHeight() * 0.5;
        robot.moveTo(x, y).press(MouseButton.PRIMARY).moveBy(200, 0).release(MouseButton.PRIMARY);
        double before = model.snapshot().totalInk();

        robot.moveTo(x + 100, y - 60).press(MouseButton.SECONDARY).moveBy(0, 120).release(MouseButton.SECONDARY);

        assertThat(model.snapshot().totalInk()).isLessThan(before);
    }
}
