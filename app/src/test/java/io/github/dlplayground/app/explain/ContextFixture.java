package io.github.dlplayground.app.explain;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Locale;

/** A lesson context for tests whose language, presenter mode and theme the test can switch. */
public final class ContextFixture {
    public final I18n i18n = new I18n(Locale.ENGLISH);
    public final SimpleBooleanProperty presenter = new SimpleBooleanProperty(false);
    public final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    public final LessonContext context = new LessonContext(i18n, presenter, dark, AppSettings.defaults());
}
