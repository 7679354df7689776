package io.github.dlplayground.app.lesson.convolution;

import atlantafx.base.theme.Styles;
import io.github.dlplayground.app.shell.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders for the lesson's controls: every one with its translated text and tooltip. FX thread only. */
final class Widgets {
    private Widgets() {
    }

    static Tooltip tooltip(I18n i18n, String key) {
        var t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        return t;
    }

    /** A button with an icon and a text. */
    static Button button(I18n i18n, String key, String icon) {
        var b = new Button();
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(new FontIcon(icon));
        b.setTooltip(tooltip(i18n, key + ".tooltip"));
        return b;
    }

    /** An icon-only button; its text is the tooltip and the accessible name. */
    static Button iconButton(I18n i18n, String key, String icon) {
        var b = new Button();
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(tooltip(i18n, key + ".tooltip"));
        b.accessibleTextProperty().bind(i18n.bind(key));
        return b;
    }

    static Label title(I18n i18n, String key) {
        var l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    static Label text(I18n i18n, String key) {
        var l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setWrapText(true);
        return l;
    }

    /** An editable integer spinner; text that is not a whole number leaves the value as it was. */
    static Spinner<Integer> spinner(I18n i18n, int min, int max, String tooltipKey) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        var spinner = new Spinner<Integer>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(76);
        spinner.setTooltip(tooltip(i18n, tooltipKey));
        return spinner;
    }
}
