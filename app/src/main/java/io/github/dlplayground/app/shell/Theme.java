package io.github.dlplayground.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

import java.util.Objects;

/**
 * The look: AtlantaFX Primer light or dark as the user-agent stylesheet, the shell's own stylesheet
 * (accent colour, spacing, presenter sizes, the Chinese font) and style classes on the root that say
 * which theme, language and mode are in force ("dark", "lang-zh", "presenter"). FX thread only.
 */
public final class Theme {
    public static final String STYLESHEET = "/assets/css/shell.css";
    /** Style classes on the scene root. */
    public static final String DARK = "dark";
    public static final String PRESENTER = "presenter";
    public static final String CHINESE = "lang-zh";

    private Theme() {
    }

    /** Installs the AtlantaFX theme for the whole application. */
    public static void applyUserAgent(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The URL of the shell's stylesheet, for scenes and dialogs. */
    public static String stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }

    /** Keeps the root's style classes in step with the settings. */
    public static void follow(Parent root, AppSettings settings) {
        root.getStylesheets().add(stylesheet());
        toggle(root, DARK, settings.dark());
        toggle(root, PRESENTER, settings.presenter());
        toggle(root, CHINESE, "zh".equals(settings.language()));
        settings.darkProperty().addListener((obs, old, dark) -> toggle(root, DARK, dark));
        settings.presenterProperty().addListener((obs, old, on) -> toggle(root, PRESENTER, on));
        settings.languageProperty().addListener((obs, old, lang) -> toggle(root, CHINESE, "zh".equals(lang)));
    }

    /** Gives a dialog's root the stylesheet and the style classes in force now. */
    public static void applyOnce(Parent root, AppSettings settings) {
        root.getStylesheets().add(stylesheet());
        toggle(root, DARK, settings.dark());
        toggle(root, PRESENTER, settings.presenter());
        toggle(root, CHINESE, "zh".equals(settings.language()));
    }

    static void toggle(Parent node, String styleClass, boolean on) {
        var classes = node.getStyleClass();
        if (on && !classes.contains(styleClass)) {
            classes.add(styleClass);
        } else if (!on) {
            classes.removeAll(styleClass);
        }
    }
}
