package io.github.dlplayground.visuals.surface;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Drives an {@link Advancing} model (the optimizer race, minibatch SGD) from the pulse: each frame turns the time since the last one (at most 0.1 s,
 * so a stall does not become a burst of steps) into steps, then calls {@code onFrame} to redraw. Runs
 * only while playing and while the node it animates is showing; pauses itself when the race is finished.
 * {@link #tick(long)} advances by hand (tests). Stops for good in {@link #dispose()}. FX thread only.
 */
public final class RaceAnimator {
    private final Advancing model;
    private final Runnable onFrame;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ObservableValue<Boolean> showing;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private long last = -1;
    private boolean running;
    private boolean disposed;

    public RaceAnimator(Advancing model, Node shown, Runnable onFrame) {
        this.model = model;
        this.onFrame = onFrame;
        showing = shown.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> update());
        playing.addListener((o, was, now) -> update());
    }

    /** One frame at time {@code now} (nanoseconds, as the pulse gives it). */
    public void tick(long now) {
        if (last >= 0) {
            double dt = Math.min(0.1, (now - last) / 1e9);
            model.advance(dt);
        }
        last = now;
        onFrame.run();
        if (model.finished()) {
            pause();
        }
    }

    public void play() {
        if (!disposed && !model.finished()) {
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    private void update() {
        boolean run = !disposed && playing.get() && Boolean.TRUE.equals(showing.getValue());
        if (run && !running) {
            last = -1;
            timer.start();
        } else if (!run && running) {
            timer.stop();
        }
        running = run;
    }

    /** Stops the timer for good. */
    public void dispose() {
        disposed = true;
        playing.set(false);
        timer.stop();
        running = false;
    }
}
