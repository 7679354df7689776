package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "environment": says plainly what it will hold until its content is built. */
public final class EnvironmentLesson implements Lesson {
    private final PlannedLesson planned;

    public EnvironmentLesson(LessonContext context) {
        planned = new PlannedLesson(context, "environment");
    }

    @Override
    public Node view() {
        return planned.view();
    }

    @Override
    public void dispose() {
        planned.dispose();
    }
}
