package io.github.dlplayground.visuals.convolution;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Plays the steps of a {@link ConvolutionModel}: {@link #speedProperty()} steps per second while
 * {@link #playingProperty()} is true, pausing by itself after the last step. The timer runs only while playing
 * and the view is in a showing window; tests drive {@link #advance(double)} by hand. FX thread only.
 */
public final class ConvolutionAnimator {
    private final ConvolutionModel model;
    private final Node view;
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1.5);
    private final InvalidationListener sceneWatch = o -> rewatch();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                advance((now - last) / 1e9);
            }
            last = now;
        }
    };
    private Scene watchedScene;
    private Window watchedWindow;
    private long last;
    private double pending;

    public ConvolutionAnimator(ConvolutionModel model, Node view) {
        this.model = model;
        this.view = view;
        playing.addListener(o -> updateTimer());
        view.sceneProperty().addListener(sceneWatch);
        rewatch();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Steps per second, 0 stands still. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Starts playing; from the last step it starts over from an empty output. */
    public void play() {
        if (model.step() >= model.stepCount()) {
            model.setStep(0);
        }
        pending = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** Moves the animation on by {@code seconds} of play time. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        pending += seconds * speed.get();
        while (pending >= 1 && playing.get()) {
            pending -= 1;
            model.stepForward();
            if (model.step() >= model.stepCount()) {
                playing.set(false);
            }
        }
    }

    public void dispose() {
        playing.set(false);
        timer.stop();
        view.sceneProperty().removeListener(sceneWatch);
        watch(null);
    }

    private void rewatch() {
        watch(view.getScene());
    }

    private void watch(Scene scene) {
        if (watchedScene != null) {
            watchedScene.windowProperty().removeListener(sceneWatch);
        }
        if (watchedWindow != null) {
            watchedWindow.showingProperty().removeListener(sceneWatch);
        }
        watchedScene = scene;
        watchedWindow = scene == null ? null : scene.getWindow();
        if (watchedScene != null) {
            watchedScene.windowProperty().addListener(sceneWatch);
        }
        if (watchedWindow != null) {
            watchedWindow.showingProperty().addListener(sceneWatch);
        }
        updateTimer();
    }

    private void updateTimer() {
        boolean showing = watchedWindow != null && watchedWindow.isShowing();
        if (playing.get() && showing) {
            last = 0;
            timer.start();
        } else {
            timer.stop();
        }
    }
}
