package io.github.dlplayground.app.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small helpers that give shell controls their translated text, tooltip and icon. FX thread only. */
public final class Ui {
    private Ui() {
    }

    /** A tooltip whose text follows the language. */
    public static Tooltip tooltip(I18n i18n, String key, Object... args) {
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind(key, args));
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }

    /** Sets the control's tooltip from a key. */
    public static <C extends Control> C withTooltip(C control, I18n i18n, String key, Object... args) {
        control.setTooltip(tooltip(i18n, key, args));
        return control;
    }

    /** Gives a button an icon, a translated label (or none when textKey is null) and a tooltip. */
    public static <B extends ButtonBase> B decorate(B button, I18n i18n, String iconCode, String textKey,
                                                    String tooltipKey) {
        button.setGraphic(new FontIcon(iconCode));
        if (textKey != null) {
            button.textProperty().bind(i18n.bind(textKey));
        } else {
            button.accessibleTextProperty().bind(i18n.bind(tooltipKey));
        }
        return withTooltip(button, i18n, tooltipKey);
    }

    /** "Lesson 3 · Gradient descent & optimizers" in the current language. */
    public static javafx.beans.binding.StringBinding lessonHeading(I18n i18n, int number, String titleKey) {
        return Bindings.createStringBinding(() -> i18n.get("shell.lesson.heading", number, i18n.get(titleKey)),
                i18n.localeProperty());
    }
}
