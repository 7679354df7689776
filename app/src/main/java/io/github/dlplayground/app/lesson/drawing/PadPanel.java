package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.drawing.DrawingPadModel;
import io.github.dlplayground.visuals.drawing.DrawingPadView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pad and its tools: brush size, eraser, undo (Ctrl+Z) and clear (Esc). The shortcuts work anywhere
 * in the lesson once {@link #installShortcuts(Node)} is called on its root. FX thread only.
 */
final class PadPanel extends VBox {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final DrawingPadModel pad;
    private final DrawingPadView view;
    private final Button undo;

    PadPanel(DrawingPadModel pad, I18n i18n) {
        super(8);
        this.pad = pad;
        getStyleClass().add("drawing-pad-panel");
        view = new DrawingPadView(pad);
        Tooltip.install(view, tooltip(i18n, "drawing.pad.tip"));
        VBox.setVgrow(view, Priority.ALWAYS);

        var brushLabel = new Label();
        brushLabel.textProperty().bind(i18n.bind("drawing.brush"));
        brushLabel.setGraphic(new FontIcon("mdi2b-brush"));
        var brush = new Slider(DrawingPadModel.MIN_RADIUS, DrawingPadModel.MAX_RADIUS, pad.brushRadius());
        brush.setId("brush-size");
        brush.setTooltip(tooltip(i18n, "drawing.brush.tip", pad.size()));
        brush.valueProperty().addListener((o, a, v) -> pad.setBrushRadius(v.doubleValue()));
        HBox.setHgrow(brush, Priority.ALWAYS);
        brush.setMinWidth(60);

        var eraser = new ToggleButton();
        eraser.setId("eraser");
        eraser.textProperty().bind(i18n.bind("drawing.eraser"));
        eraser.setGraphic(new FontIcon("mdi2e-eraser"));
        eraser.setTooltip(tooltip(i18n, "drawing.eraser.tip"));
        eraser.selectedProperty().addListener((o, a, on) -> pad.setEraser(on));

        undo = new Button();
        undo.setId("undo");
        undo.textProperty().bind(i18n.bind("drawing.undo"));
        undo.setGraphic(new FontIcon("mdi2u-undo"));
        undo.setTooltip(tooltip(i18n, "drawing.undo.tip"));
        undo.setOnAction(e -> pad.undo());

        var clear = new Button();
        clear.setId("clear");
        clear.textProperty().bind(i18n.bind("drawing.clear"));
        clear.setGraphic(new FontIcon("mdi2d-delete-sweep-outline"));
        clear.setTooltip(tooltip(i18n, "drawing.clear.tip"));
        clear.setOnAction(e -> pad.clear());

        for (var control : new javafx.scene.layout.Region[] {brushLabel, eraser, undo, clear}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        brush.setPrefWidth(90);
        var brushBox = new HBox(8, brushLabel, brush);
        brushBox.setAlignment(Pos.CENTER_LEFT);
        // wraps onto a second row when the column is narrow (presenter mode)
        var tools = new FlowPane(8, 8, brushBox, eraser, undo, clear);
        tools.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(tools, view);
        pad.addListener(this::refresh);
        refresh();
    }

    DrawingPadView view() {
        return view;
    }

    /** Esc clears and Ctrl+Z undoes while the focus is anywhere inside {@code root}. */
    void installShortcuts(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                pad.clear();
                e.consume();
            } else if (UNDO.match(e)) {
                pad.undo();
                e.consume();
            }
        });
    }

    private void refresh() {
        undo.setDisable(!pad.canUndo());
    }

    static Tooltip tooltip(I18n i18n, String key, Object... args) {
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key, args));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
