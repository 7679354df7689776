package io.github.dlplayground.app.lesson.linreg;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "linreg": says plainly what it will hold until its content is built. */
public final class LinearRegressionLesson implements Lesson {
    private final PlannedLesson planned;

    public LinearRegressionLesson(LessonContext context) {
        planned = new PlannedLesson(context, "linreg");
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
