package io.github.dlplayground.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string, in the current language. A key's prefix before the first dot names its
 * bundle: "gradient.play" lives in assets/i18n/gradient.properties (English) and gradient_zh.properties
 * (简体中文), so each lesson keeps its own file. FX thread only.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    private final Map<String, ResourceBundle> cache = new HashMap<>();

    public I18n(Locale initial) {
        locale.set(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isChinese() {
        return "zh".equals(locale.get().getLanguage());
    }

    /** The text for the key in the current language, with {0}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = lookup(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public boolean has(String key) {
        try {
            lookup(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private String lookup(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("key without a bundle prefix: " + key, "I18n", key);
        }
        String bundleName = key.substring(0, dot);
        Locale current = locale.get();
        // keyed by language too: listeners may read the new language before any other listener runs
        ResourceBundle bundle = cache.computeIfAbsent(bundleName + "_" + current, name -> ResourceBundle.getBundle(
                "assets.i18n." + bundleName, current,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        return bundle.getString(key);
    }
}
