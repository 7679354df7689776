package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "gradient": says plainly what it will hold until its content is built. */
public final class GradientDescentLesson implements Lesson {
    private final PlannedLesson planned;

    public GradientDescentLesson(LessonContext context) {
        planned = new PlannedLesson(context, "gradient");
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
