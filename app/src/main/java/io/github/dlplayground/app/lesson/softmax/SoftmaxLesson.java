package io.github.dlplayground.app.lesson.softmax;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "softmax": says plainly what it will hold until its content is built. */
public final class SoftmaxLesson implements Lesson {
    private final PlannedLesson planned;

    public SoftmaxLesson(LessonContext context) {
        planned = new PlannedLesson(context, "softmax");
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
