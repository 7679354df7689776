package io.github.dlplayground.visuals.fx;

/**
 * Lets an event through at most {@code perSecond} times a second (e.g. 30 UI updates/s from a training
 * thread). Thread-confined: use one instance per producing thread.
 */
public final class RateLimiter {
    private final long intervalNanos;
    private long last = Long.MIN_VALUE;

    public RateLimiter(double perSecond) {
        this.intervalNanos = (long) (1e9 / perSecond);
    }

    /** True when enough time has passed since the last accepted event; {@code now} in nanoseconds. */
    public boolean tryAcquire(long now) {
        if (last == Long.MIN_VALUE || now - last >= intervalNanos) {
            last = now;
            return true;
        }
        return false;
    }

    public boolean tryAcquire() {
        return tryAcquire(System.nanoTime());
    }
}
