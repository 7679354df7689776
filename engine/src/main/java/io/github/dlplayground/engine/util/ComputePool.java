package io.github.dlplayground.engine.util;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The engine's one thread pool: {@link #forRange} splits [0, n) into at most {@link #threads()} contiguous
 * chunks, runs the first on the calling thread and the others on pool workers, and returns when all are done.
 * Loops over fewer than {@code grain} items per chunk stay on the calling thread (no hand-off cost).
 */
public final class ComputePool implements AutoCloseable {
    /** The body of a parallel loop over the index range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private final int threads;
    private final ForkJoinPool workers;

    /** A pool that uses {@code threads} threads in all: the caller plus {@code threads − 1} workers. */
    public ComputePool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a compute pool needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
        this.workers = threads == 1 ? null : new ForkJoinPool(threads - 1, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("engine-compute-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** One thread per available processor. */
    public static ComputePool forAvailableProcessors() {
        return new ComputePool(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over [0, n) split into contiguous chunks of at least {@code grain} items.
     * The body must write only to locations owned by its own index range.
     */
    public void forRange(int n, int grain, RangeBody body) {
        int chunks = workers == null ? 1 : Math.min(threads, n / Math.max(1, grain));
        if (chunks <= 1) {
            if (n > 0) {
                body.run(0, n);
            }
            return;
        }
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[chunks - 1];
        for (int c = 1; c < chunks; c++) {
            int from = bound(n, chunks, c);
            int to = bound(n, chunks, c + 1);
            tasks[c - 1] = workers.submit(() -> body.run(from, to));
        }
        Throwable failure = null;
        try {
            body.run(0, bound(n, chunks, 1));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
    }

    private static int bound(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdown();
        }
    }
}
