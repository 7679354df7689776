package io.github.dlplayground.visuals.fx;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest value from a worker thread to the FX thread: {@link #offer(Object)} from any thread
 * keeps only the latest value and schedules at most one {@code Platform.runLater} at a time, so a fast
 * producer never floods the FX event queue.
 */
public final class LatestValueMailbox<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<T> consumer;

    /** @param consumer runs on the FX thread with the latest value */
    public LatestValueMailbox(Consumer<T> consumer) {
        this.consumer = consumer;
    }

    /** Any thread. */
    public void offer(T value) {
        latest.set(value);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
