package io.github.dlplayground.app.lesson.gradient;

/** Puts the gradient lesson into an interesting state for screenshots (test sources only). */
public final class ScreenshotAccess {
    private ScreenshotAccess() {
    }

    public static void prepare(GradientDescentLesson lesson) {
        lesson.model().setEnabled("nesterov", true);
        lesson.model().setEnabled("adagrad", true);
        lesson.model().setEnabled("adadelta", true);
        for (int i = 0; i < 25; i++) {
            lesson.model().step();
        }
        lesson.showDetails().setSelected(true);
        lesson.optimizers().expand("adam");
    }

    /** Rosenbrock with log colours: SGD diverges, the others crawl along the valley. */
    public static void rosenbrock(GradientDescentLesson lesson) {
        lesson.picker().select("rosenbrock");
        lesson.optimizers().applyConfig("momentum", lesson.model().racer("momentum").config().withLr(0.001));
        lesson.optimizers().applyConfig("rmsprop", lesson.model().racer("rmsprop").config().withLr(0.01));
        lesson.optimizers().applyConfig("adam", lesson.model().racer("adam").config().withLr(0.05));
        for (int i = 0; i < 150; i++) {
            lesson.model().step();
        }
        lesson.optimizers().selectedProperty().set("momentum");
        lesson.optimizers().expand("sgd");
    }

    /** The book's x·cos(πx): some optimizers stop in the local minimum. */
    public static void curve(GradientDescentLesson lesson) {
        lesson.picker().select("xcos");
        lesson.model().setEnabled("adam", true);
        for (int i = 0; i < 12; i++) {
            lesson.model().step();
        }
        lesson.showDetails().setSelected(true);
        lesson.optimizers().selectedProperty().set("momentum");
    }
}
