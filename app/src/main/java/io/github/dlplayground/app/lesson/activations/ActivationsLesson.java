package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "activations": says plainly what it will hold until its content is built. */
public final class ActivationsLesson implements Lesson {
    private final PlannedLesson planned;

    public ActivationsLesson(LessonContext context) {
        planned = new PlannedLesson(context, "activations");
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
