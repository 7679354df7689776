package io.github.dlplayground.app.lesson;

import java.util.function.Function;

/**
 * A registry entry: the lesson's number in the course, its id (also its i18n bundle name and its
 * {@code screenshot --lesson} name) and how to build it.
 */
public record LessonInfo(int number, String id, Function<LessonContext, Lesson> factory) {
    /** i18n key of the lesson's title, e.g. "shell.lesson.gradient". */
    public String titleKey() {
        return "shell.lesson." + id;
    }
}
