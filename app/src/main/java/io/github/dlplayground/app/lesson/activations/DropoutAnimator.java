package io.github.dlplayground.app.lesson.activations;

import javafx.animation.AnimationTimer;

/**
 * Steps a {@link DropoutModel} a given number of times per second from an AnimationTimer while playing,
 * calling {@code onStep} after each batch of steps. {@link #advance(double)} does the timing maths and can
 * be driven by hand in tests; {@link #stop()} (also from the lesson's dispose) ends the timer. FX thread only.
 */
final class DropoutAnimator {
    private final DropoutModel model;
    private final Runnable onStep;
    private double stepsPerSecond = 3;
    private double pending;
    private long last = -1;
    private boolean running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last >= 0) {
                advance((now - last) / 1e9);
            }
            last = now;
        }
    };

    DropoutAnimator(DropoutModel model, Runnable onStep) {
        this.model = model;
        this.onStep = onStep;
    }

    void setStepsPerSecond(double rate) {
        stepsPerSecond = Math.max(0, rate);
    }

    /** Takes the steps due after {@code seconds} more of animation; returns how many were taken. */
    int advance(double seconds) {
        pending += Math.min(seconds, 0.25) * stepsPerSecond;
        int due = (int) pending;
        pending -= due;
        for (int i = 0; i < due; i++) {
            model.step();
        }
        if (due > 0) {
            onStep.run();
        }
        return due;
    }

    void start() {
        if (!running) {
            running = true;
            last = -1;
            timer.start();
        }
    }

    void stop() {
        running = false;
        timer.stop();
    }

    boolean running() {
        return running;
    }
}
