package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.DoubleFunction;

/** Small builders for the concept lessons' controls: labelled sliders with their value, icon buttons, tooltips. */
public final class Controls {
    private Controls() {
    }

    /** A slider with a caption above it and its current value (formatted) at the right of the caption. */
    public static VBox slider(I18n i18n, Slider slider, String captionKey, String tooltipKey,
                              DoubleFunction<String> format) {
        var caption = new Label();
        caption.textProperty().bind(i18n.bind(captionKey));
        var value = new Label();
        value.getStyleClass().add("text-muted");
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.textProperty().bind(Bindings.createStringBinding(() -> format.apply(slider.getValue()),
                slider.valueProperty()));
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        var row = new HBox(8, caption, value);
        tooltip(i18n, slider, tooltipKey);
        slider.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, row, slider);
    }

    /**
     * The scrolling column that holds a lesson's controls: 280 px wide, 360 px in presenter mode, never
     * narrower than 250 px.
     */
    public static ScrollPane column(LessonContext context, Node content) {
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(250);
        scroll.prefWidthProperty().bind(Bindings.when(context.presenterMode()).then(360.0).otherwise(280.0));
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * A concept lesson's page: its controls in the scrolling {@link #column} at the left, the content beside
     * them taking the remaining width, the whole {@link #fitting} into at least 620 px.
     */
    public static ScrollPane page(LessonContext context, VBox controls, Node content) {
        controls.setPadding(new Insets(0, 8, 8, 0));
        HBox.setHgrow(content, Priority.ALWAYS);
        var root = new HBox(16, column(context, controls), content);
        root.setPadding(new Insets(8));
        return fitting(root, 620);
    }

    /** Two plots one above the other, 8 px apart, with these preferred heights; both share extra height. */
    public static VBox stacked(Region top, double topHeight, Region bottom, double bottomHeight) {
        top.setPrefHeight(topHeight);
        bottom.setPrefHeight(bottomHeight);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        return new VBox(8, top, bottom);
    }

    /**
     * Wraps a lesson's whole view so that it fills the space it is given but scrolls instead of squeezing
     * its parts below their minimum sizes (e.g. beside an open explanation panel at 1280 px).
     */
    public static ScrollPane fitting(Node content, double minWidth) {
        if (content instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(minWidth);
        }
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    public static void tooltip(I18n i18n, Control control, String key) {
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind(key));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        control.setTooltip(tooltip);
    }

    /** A button with an Ikonli icon, a translated text and a tooltip. */
    public static Button button(I18n i18n, String icon, String textKey, String tooltipKey, Runnable action) {
        var button = new Button();
        button.textProperty().bind(i18n.bind(textKey));
        button.setGraphic(new FontIcon(icon));
        tooltip(i18n, button, tooltipKey);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A bound, wrapping label. */
    public static Label label(I18n i18n, String key, Object... args) {
        var label = new Label();
        label.textProperty().bind(i18n.bind(key, args));
        label.setWrapText(true);
        return label;
    }

    /** A bold section heading. */
    public static Label heading(I18n i18n, String key) {
        var label = label(i18n, key);
        label.getStyleClass().add("title-4");
        return label;
    }

    /** A number for readouts: fixed for ordinary magnitudes, scientific for tiny or huge ones, "NaN"/"∞" as such. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s = a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(java.util.Locale.ROOT, "%.2e", v)
                : String.format(java.util.Locale.ROOT, "%.4f", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
