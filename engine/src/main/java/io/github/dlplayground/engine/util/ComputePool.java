package io.github.dlplayground.engine.util;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The engine's one thread pool: {@link #forRange} splits [0, n) into at most {@link #threads()} contiguous
 * chunks, runs the first on the calling thread and the others on pool workers, and returns when all are done.
 * Loops over fewer than {@code grain} items per chunk stay on the calling thread (no hand-off cost), and so
 * does a loop started inside another one (nested loops run inline, as OpenMP does by default). The split of
 * [0, n) depends only on n, grain and the thread count, so per-chunk partial sums are reproducible.
 */
public final class ComputePool implements AutoCloseable {
    /** The body of a parallel loop over the index range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /** The body of a parallel loop that also gets its chunk's index, 0 ≤ chunk < {@link #chunks}. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ForkJoinPool workers;
    private final ThreadLocal<Boolean> insideLoop = ThreadLocal.withInitial(() -> false);

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
        forChunks(n, grain, (chunk, from, to) -> body.run(from, to));
    }

    /** How many chunks {@link #forChunks} splits [0, n) into (0 when n = 0); 1 inside another loop. */
    public int chunks(int n, int grain) {
        if (n <= 0) {
            return 0;
        }
        if (workers == null || insideLoop.get()) {
            return 1;
        }
        return Math.max(1, Math.min(threads, n / Math.max(1, grain)));
    }

    /** Like {@link #forRange}, telling the body which chunk it runs (for per-chunk buffers and partial sums). */
    public void forChunks(int n, int grain, ChunkBody body) {
        int chunks = chunks(n, grain);
        if (chunks <= 1) {
            if (n > 0) {
                body.run(0, 0, n);
            }
            return;
        }
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[chunks - 1];
        for (int c = 1; c < chunks; c++) {
            int chunk = c;
            int from = bound(n, chunks, c);
            int to = bound(n, chunks, c + 1);
            tasks[c - 1] = workers.submit(() -> runInside(body, chunk, from, to));
        }
        Throwable failure = null;
        try {
            runInside(body, 0, 0, bound(n, chunks, 1));
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

    private void runInside(ChunkBody body, int chunk, int from, int to) {
        insideLoop.set(true);
        try {
            body.run(chunk, from, to);
        } finally {
            insideLoop.set(false);
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
