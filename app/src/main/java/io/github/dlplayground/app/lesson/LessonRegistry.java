package io.github.dlplayground.app.lesson;

import io.github.dlplayground.app.lesson.activations.ActivationsLesson;
import io.github.dlplayground.app.lesson.convolution.ConvolutionLesson;
import io.github.dlplayground.app.lesson.drawing.DrawingLesson;
import io.github.dlplayground.app.lesson.environment.EnvironmentLesson;
import io.github.dlplayground.app.lesson.gradient.GradientDescentLesson;
import io.github.dlplayground.app.lesson.linreg.LinearRegressionLesson;
import io.github.dlplayground.app.lesson.softmax.SoftmaxLesson;
import io.github.dlplayground.app.lesson.studio.StudioLesson;

import java.util.List;
import java.util.Optional;

/** The course's lessons in the book's order; the navigation and the screenshot command read this list. */
public final class LessonRegistry {
    private static final List<LessonInfo> LESSONS = List.of(
            new LessonInfo(1, "linreg", LinearRegressionLesson::new),
            new LessonInfo(2, "softmax", SoftmaxLesson::new),
            new LessonInfo(3, "gradient", GradientDescentLesson::new),
            new LessonInfo(4, "activations", ActivationsLesson::new),
            new LessonInfo(5, "studio", StudioLesson::new),
            new LessonInfo(6, "convolution", ConvolutionLesson::new),
            new LessonInfo(7, "drawing", DrawingLesson::new),
            new LessonInfo(8, "environment", EnvironmentLesson::new));

    private LessonRegistry() {
    }

    public static List<LessonInfo> lessons() {
        return LESSONS;
    }

    /** Finds a lesson by number ("3") or id ("gradient"). */
    public static Optional<LessonInfo> find(String numberOrId) {
        return LESSONS.stream()
                .filter(l -> String.valueOf(l.number()).equals(numberOrId) || l.id().equalsIgnoreCase(numberOrId))
                .findFirst();
    }
}
