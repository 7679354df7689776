package io.github.dlplayground.app.lesson;

import io.github.dlplayground.app.shell.I18n;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What the shell hands every lesson: the language, presenter mode (larger text and strokes for a
 * projector), the theme, and the application settings.
 */
public record LessonContext(I18n i18n, ReadOnlyBooleanProperty presenterMode, ReadOnlyBooleanProperty darkTheme,
                            io.github.dlplayground.app.shell.AppSettings settings) {
}
