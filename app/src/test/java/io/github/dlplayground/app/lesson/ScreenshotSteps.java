package io.github.dlplayground.app.lesson;

import io.github.dlplayground.app.lesson.gradient.GradientDescentLesson;
import io.github.dlplayground.app.lesson.gradient.ScreenshotAccess;

/** What each lesson does before its screenshot. */
final class ScreenshotSteps {
    private ScreenshotSteps() {
    }

    static void gradient(Lesson lesson) {
        ScreenshotAccess.prepare((GradientDescentLesson) lesson);
    }

    static void rosenbrock(Lesson lesson) {
        ScreenshotAccess.rosenbrock((GradientDescentLesson) lesson);
    }

    static void curve(Lesson lesson) {
        ScreenshotAccess.curve((GradientDescentLesson) lesson);
    }

    static void linreg(Lesson lesson) {
        io.github.dlplayground.app.lesson.linreg.ScreenshotAccess.prepare(
                (io.github.dlplayground.app.lesson.linreg.LinearRegressionLesson) lesson);
    }
}
