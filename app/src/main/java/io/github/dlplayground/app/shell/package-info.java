/**
 * The application shell: main window (toolbar, lesson navigation, lesson area with an explanation slot,
 * status line), settings and their JSON file, translations, theme, presenter mode and the bundled Chinese
 * font. Lessons see it only through {@link io.github.dlplayground.app.lesson.LessonContext}.
 */
package io.github.dlplayground.app.shell;
