package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.shell.I18n;
import javafx.beans.value.ChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One listener on the shared language for the whole lesson, removed when the lesson closes. It is a change
 * listener, so it runs after I18n has switched its bundles (invalidation listeners would run first and read
 * the old language). FX thread only.
 */
final class LocaleWatch {
    private final I18n i18n;
    private final List<Runnable> actions = new ArrayList<>();
    private final ChangeListener<Locale> listener = (o, was, now) -> List.copyOf(actions).forEach(Runnable::run);

    LocaleWatch(I18n i18n) {
        this.i18n = i18n;
        i18n.localeProperty().addListener(listener);
    }

    I18n i18n() {
        return i18n;
    }

    void onChange(Runnable action) {
        actions.add(action);
    }

    void dispose() {
        i18n.localeProperty().removeListener(listener);
        actions.clear();
    }
}
