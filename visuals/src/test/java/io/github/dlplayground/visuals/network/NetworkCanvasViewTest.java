package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Shape;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class NetworkCanvasViewTest {
    private NetworkDesign design;
    private NetworkCanvasView canvas;
    private LayerPaletteView palette;

    @Start
    void start(Stage stage) {
        design = new NetworkDesign(new NetworkSpec("softmax", Shape.of(1, 28, 28),
                List.of(new FlattenSpec(), new LinearSpec(784, 10))), 10);
        canvas = new NetworkCanvasView(design);
        palette = new LayerPaletteView(canvas, PaletteItem::name);
        HBox.setHgrow(canvas, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(palette, canvas), 1000, 400));
        stage.show();
    }

    @Test
    void draggingLinearFromThePaletteInsertsItAtTheDropGap(FxRobot robot) {
        var target = canvas.localToScreen(canvas.gapPoint(1));
        robot.drag(palette.entry("linear")).moveTo(target).drop();
        assertThat(design.size()).isEqualTo(3);
        assertThat(design.block(1).spec()).isEqualTo(new LinearSpec(784, 256));
        assertThat(design.block(1).output()).hasToString("256");
        assertThat(canvas.blockLines(1)).containsExactly("2  Linear", "784 → 256", "→ 256", "200,960 params");
        assertThat(design.block(2).problem()).contains("set in_features to 256");
    }

    @Test
    void draggingABlockReordersAndDeleteRemoves(FxRobot robot) {
        robot.drag(canvas.localToScreen(canvas.blockCentre(0))).moveTo(canvas.localToScreen(canvas.gapPoint(2)))
                .drop();
        assertThat(design.spec().layers()).containsExactly(new LinearSpec(784, 10), new FlattenSpec());
        assertThat(design.block(0).problem()).contains("add Flatten");
        robot.clickOn(canvas.localToScreen(canvas.blockCentre(1))).type(KeyCode.DELETE);
        assertThat(design.spec().layers()).containsExactly(new LinearSpec(784, 10));
        robot.interact(design::undo);
        robot.interact(design::undo);
        assertThat(design.isValid()).isTrue();
    }

    @Test
    void doubleClickAppendsAfterTheSelection(FxRobot robot) {
        robot.clickOn(canvas.localToScreen(canvas.blockCentre(0)));
        robot.doubleClickOn(palette.entry("relu"));
        assertThat(design.spec().layers().get(1).type()).isEqualTo("relu");
    }
}
