package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surfaces;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class SurfaceViewTest {
    private SurfaceView view;
    private final List<double[]> picks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new SurfaceView(Runnable::run);
        view.surfaceProperty().set(Surfaces.preset("quadratic").surface());
        view.boundsProperty().set(new Bounds(-6, 6, -4, 4));
        view.onPickProperty().set((x, y) -> picks.add(new double[] {x, y}));
        stage.setScene(new Scene(new StackPane(view), 640, 480));
        stage.show();
    }

    private Point2D screen(double x, double y) {
        Viewport v = view.viewport();
        return view.localToScreen(v.px(x), v.py(y));
    }

    @Test
    void computesTheHeatMapForItsSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        SurfaceRaster r = view.raster();
        assertThat(r).isNotNull();
        assertThat(r.cols()).isEqualTo((int) Math.min(400, Math.round(view.viewport().width())));
        // equal aspect: the bounds grow along one axis, keeping their centre
        Bounds shown = r.bounds();
        assertThat(shown).isEqualTo(view.viewport().bounds());
        assertThat(shown.xMin()).isLessThanOrEqualTo(-6);
        assertThat(shown.yMax()).isGreaterThanOrEqualTo(4);
        assertThat(shown.width() / view.viewport().width())
                .isCloseTo(shown.height() / view.viewport().height(), within(1e-9));
    }

    @Test
    void clickPicksTheModelPoint(FxRobot robot) {
        robot.clickOn(screen(2, -1), MouseButton.PRIMARY);
        assertThat(picks).hasSize(1);
        assertThat(picks.get(0)[0]).isCloseTo(2, within(0.05));
        assertThat(picks.get(0)[1]).isCloseTo(-1, within(0.05));
    }

    @Test
    void dragPansWithoutPicking(FxRobot robot) {
        Point2D from = screen(0, 0);
        double pixelsPerUnit = 1 / view.viewport().unitsPerPixelX();
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(2 * pixelsPerUnit, 0));
        Bounds b = view.boundsProperty().get();
        // dragging the plane 2 units to the right shows 2 units further left
        assertThat(b.xMin()).isCloseTo(-8, within(0.1));
        assertThat(b.xMax()).isCloseTo(4, within(0.1));
        assertThat(picks).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.raster().bounds()).isEqualTo(view.viewport().bounds());
    }

    @Test
    void wheelZoomsAboutTheCursor(FxRobot robot) {
        Point2D cursor = screen(3, 2);
        robot.moveTo(cursor);
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        Bounds b = view.boundsProperty().get();
        // one notch scales the width 12 by 1.2 or 1/1.2
        assertThat(b.width()).isIn(12 * 1.2, 12 / 1.2);
        // the point under the cursor stays under it
        Point2D local = view.screenToLocal(cursor);
        Viewport v = view.viewport();
        assertThat(v.x(local.getX())).isCloseTo(3, within(0.02));
        assertThat(v.y(local.getY())).isCloseTo(2, within(0.02));
    }
}
