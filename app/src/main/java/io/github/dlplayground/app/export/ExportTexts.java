package io.github.dlplayground.app.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of notebooks and images in English or Chinese, from the bundle assets/i18n/export(_zh).properties —
 * the same files the app's I18n reads, but without JavaFX so the command line can use them. A pattern with
 * arguments is a {@link MessageFormat}; pass numbers already formatted.
 */
public final class ExportTexts {
    private final String language;
    private final ResourceBundle bundle;

    private ExportTexts(String language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** "en" or "zh"; anything else is refused with the valid choices. */
    public static ExportTexts of(String language) {
        String lang = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        Locale locale = switch (lang) {
            case "en" -> Locale.ENGLISH;
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("unknown language '" + language + "'; choose en or zh");
        };
        return new ExportTexts(lang, ResourceBundle.getBundle("assets.i18n.export", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** "en" or "zh". */
    public String language() {
        return language;
    }

    public boolean chinese() {
        return language.equals("zh");
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
