package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "studio": says plainly what it will hold until its content is built. */
public final class StudioLesson implements Lesson {
    private final PlannedLesson planned;

    public StudioLesson(LessonContext context) {
        planned = new PlannedLesson(context, "studio");
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
