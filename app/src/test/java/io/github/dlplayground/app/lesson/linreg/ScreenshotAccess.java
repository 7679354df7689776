package io.github.dlplayground.app.lesson.linreg;

/** Puts the linear-regression lesson into an interesting state for screenshots (test sources only). */
public final class ScreenshotAccess {
    private ScreenshotAccess() {
    }

    public static void prepare(LinearRegressionLesson lesson) {
        lesson.model().setStart(-1, 0.5);
        for (int i = 0; i < 40; i++) {
            lesson.model().step();
        }
    }
}
