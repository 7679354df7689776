package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.app.shell.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * Small helpers that give the studio's controls translated text, a tooltip and an icon: the shell's {@link Ui}
 * under the studio's short names, plus buttons, labels and headings. FX thread only.
 */
final class StudioUi {
    private StudioUi() {
    }

    static Tooltip tooltip(I18n i18n, String key, Object... args) {
        return Ui.tooltip(i18n, key, args);
    }

    static <C extends Control> C tip(C control, I18n i18n, String key, Object... args) {
        return Ui.withTooltip(control, i18n, key, args);
    }

    /** A button with an icon, a translated label (none when textKey is null) and a tooltip. */
    static <B extends ButtonBase> B decorate(B button, I18n i18n, String icon, String textKey, String tooltipKey) {
        return Ui.decorate(button, i18n, icon, textKey, tooltipKey);
    }

    static Button button(I18n i18n, String icon, String textKey, String tooltipKey) {
        Button b = decorate(new Button(), i18n, icon, textKey, tooltipKey);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    static Label label(I18n i18n, String key) {
        var label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }

    /** A small section heading. */
    static Label heading(I18n i18n, String key) {
        Label l = label(i18n, key);
        l.getStyleClass().add("studio-heading");
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
