package io.github.dlplayground.visuals.surface;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A model that moves in whole steps (an optimizer race, minibatch SGD) and tells listeners after each change.
 * {@link #advance(double)} turns elapsed time into steps at {@link #stepsPerSecond()}, carrying the fraction of a
 * step over to the next frame and taking at most a fixed number per call, so a stalled frame is no burst.
 * Plain Java, one thread.
 */
public abstract class SteppingModel implements Advancing {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int maxStepsPerAdvance;
    private double stepsPerSecond;
    private double pending;

    /**
     * @param stepsPerSecond     the speed at first
     * @param maxStepsPerAdvance at most this many steps for one call of {@link #advance(double)}
     */
    protected SteppingModel(double stepsPerSecond, int maxStepsPerAdvance) {
        this.stepsPerSecond = stepsPerSecond;
        this.maxStepsPerAdvance = maxStepsPerAdvance;
    }

    /** One step without telling the listeners; called only while not {@link #finished()}. */
    protected abstract void stepQuietly();

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells every listener that the model changed. */
    protected final void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** Forgets the fraction of a step carried over (when the model starts again). */
    protected final void clearPending() {
        pending = 0;
    }

    /** One step; false (and nothing happens) once {@link #finished()}. */
    public boolean step() {
        if (finished()) {
            return false;
        }
        stepQuietly();
        changed();
        return true;
    }

    /** Takes the steps due after {@code seconds} at the current speed; returns how many. */
    @Override
    public int advance(double seconds) {
        if (finished() || seconds <= 0) {
            return 0;
        }
        pending += seconds * stepsPerSecond;
        int n = (int) Math.min(maxStepsPerAdvance, Math.floor(pending));
        pending -= Math.floor(pending);
        int taken = 0;
        while (taken < n && !finished()) {
            stepQuietly();
            taken++;
        }
        if (taken > 0) {
            changed();
        }
        return taken;
    }

    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    public void setStepsPerSecond(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("steps per second must be zero or positive, got " + v);
        }
        stepsPerSecond = v;
    }
}
