package io.github.dlplayground.visuals.network;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The layer palette: one labelled Ikonli icon per layer kind. Drag an entry onto the {@link NetworkCanvasView}
 * to insert it where it is dropped; double-click it (or press Enter) to add it after the selected block, or at
 * the end. Tooltips come from {@code tooltip} (the caller's language). FX thread only.
 */
public final class LayerPaletteView extends VBox {
    /** Long explanations wrap at this width instead of running across the screen. */
    private static final double TOOLTIP_WIDTH = 420;

    private final NetworkCanvasView canvas;
    private final List<Label> entries = new ArrayList<>();
    private final DoubleProperty scale = new SimpleDoubleProperty(1);

    public LayerPaletteView(NetworkCanvasView canvas, Function<PaletteItem, String> tooltip) {
        super(2);
        this.canvas = canvas;
        getStyleClass().add("layer-palette");
        setPadding(new Insets(4));
        for (PaletteItem item : PaletteItem.ALL) {
            Label entry = entry(item, tooltip.apply(item));
            entries.add(entry);
            getChildren().add(entry);
        }
        scale.addListener((o, a, b) -> entries.forEach(this::applyScale));
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** The entry for a layer type, e.g. "linear". */
    public Label entry(String type) {
        return entries.stream().filter(l -> ((PaletteItem) l.getUserData()).type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no palette entry " + type));
    }

    /** Sets every tooltip again (after a language change). */
    public void retranslate(Function<PaletteItem, String> tooltip) {
        for (Label l : entries) {
            l.getTooltip().setText(tooltip.apply((PaletteItem) l.getUserData()));
        }
    }

    private Label entry(PaletteItem item, String tip) {
        var icon = new FontIcon(item.icon());
        icon.getStyleClass().add("layer-palette-icon");
        var label = new Label(item.name(), icon);
        label.setUserData(item);
        label.getStyleClass().addAll("layer-palette-entry", "category-" + item.category().name().toLowerCase());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_LEFT);
        label.setGraphicTextGap(8);
        label.setPadding(new Insets(2, 8, 2, 8));
        var tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(TOOLTIP_WIDTH);
        label.setTooltip(tooltip);
        label.setFocusTraversable(true);
        label.setCursor(javafx.scene.Cursor.OPEN_HAND);
        applyScale(label);
        label.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            canvas.beginPaletteDrag(item);
            label.startFullDrag();
            e.consume();
        });
        label.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.endPaletteDrag());
        label.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            label.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                append(item);
            }
        });
        label.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                append(item);
                e.consume();
            }
        });
        return label;
    }

    private void applyScale(Label label) {
        ((FontIcon) label.getGraphic()).setIconSize((int) Math.round(16 * scale.get()));
    }

    /** Adds the item after the selected block, or at the end when nothing is selected. */
    void append(PaletteItem item) {
        NetworkDesign d = canvas.design();
        int gap = d.selected() >= 0 ? d.selected() + 1 : d.size();
        d.insert(gap, item);
    }
}
