package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "drawing": says plainly what it will hold until its content is built. */
public final class DrawingLesson implements Lesson {
    private final PlannedLesson planned;

    public DrawingLesson(LessonContext context) {
        planned = new PlannedLesson(context, "drawing");
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
