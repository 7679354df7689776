package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.PlannedLesson;
import javafx.scene.Node;

/** Lesson "convolution": says plainly what it will hold until its content is built. */
public final class ConvolutionLesson implements Lesson {
    private final PlannedLesson planned;

    public ConvolutionLesson(LessonContext context) {
        planned = new PlannedLesson(context, "convolution");
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
