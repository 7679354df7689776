package io.github.dlplayground.engine.util;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The engine's one thread pool. A parallel loop splits [0, n) into a fixed number of contiguous chunks
 * ({@link #chunks}: up to {@link #CHUNKS_PER_THREAD} per thread, at least {@code grain} items each), which the
 * calling thread and the workers take one at a time; the call returns when every chunk is done. A worker that the
 * operating system does not run (a busy machine) holds nothing up beyond the chunk it is in: the others take the
 * rest. The split depends only on n, grain and the thread count, so per-chunk partial sums added in chunk order are
 * reproducible; a body also learns its thread slot (0 ≤ slot &lt; {@link #threads()}, unique among the threads
 * running one loop), for scratch buffers. A loop started inside another one runs inline, as OpenMP's do by default.
 * On a busy machine the workers may get the processor too late to help: the pool compares, over a window of loops,
 * what the workers saved with what waiting for them cost, and when they did not pay runs the following loops on
 * the calling thread alone (same chunks, in order, so the results are the same), trying the workers again later.
 * Workers wait for the next loop spinning for {@link #WORKER_SPIN_NANOS} before they park, so that the loops of a
 * training step, which follow each other within microseconds, do not pay for waking a parked thread each time
 * (measured here: a split 256×784·784×256 product ran at half its best speed in the median when the second
 * slice waited for a parked worker). One caller at a time uses the workers; a loop started from another thread
 * meanwhile runs on that thread alone.
 */
public final class ComputePool implements AutoCloseable {
    /** Chunks per thread: enough that the others can take over a stalled thread's share, few enough to be cheap. */
    public static final int CHUNKS_PER_THREAD = 4;
    /** Spins before a waiting caller parks: a chunk finishing on another core is usually a few microseconds away. */
    private static final int SPINS = 1 << 11;
    /** Parallel loops over which the workers' gain is judged. */
    static final int TRIAL_LOOPS = 64;
    /** Loops run on the calling thread alone after a trial in which the workers did not pay; doubles up to 16×. */
    static final int INLINE_LOOPS = 256;
    /** How long an idle worker spins, watching for the next loop, before it parks. */
    static final long WORKER_SPIN_NANOS = 100_000;

    /** The body of a parallel loop over the index range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /** The body of a parallel loop that also gets its thread slot and its chunk, 0 ≤ chunk &lt; {@link #chunks}. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int slot, int chunk, int from, int to);
    }

    private final int threads;
    private final Worker[] workers;
    private final ReentrantLock caller = new ReentrantLock();
    private final Adaptation adaptation = new Adaptation();
    /** The loop the workers should help with, published before {@link #generation} moves on. */
    private volatile Loop posted;
    private volatile int generation;
    private volatile boolean closed;
    /** The slot of the loop this thread is running a chunk of, or −1 outside any loop. */
    private final ThreadLocal<int[]> currentSlot = ThreadLocal.withInitial(() -> new int[] {-1});

    /** A pool that uses {@code threads} threads in all: the caller plus {@code threads − 1} workers. */
    public ComputePool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a compute pool needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker(w + 1);
        }
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
        forChunks(n, grain, (slot, chunk, from, to) -> body.run(from, to));
    }

    /** How many chunks {@link #forChunks} splits [0, n) into (0 when n = 0); 1 inside another loop. */
    public int chunks(int n, int grain) {
        if (n <= 0) {
            return 0;
        }
        if (threads == 1 || currentSlot.get()[0] >= 0) {
            return 1;
        }
        return Math.max(1, Math.min(threads * CHUNKS_PER_THREAD, n / Math.max(1, grain)));
    }

    /** Like {@link #forRange}, telling the body its thread slot and chunk (scratch buffers, partial sums). */
    public void forChunks(int n, int grain, ChunkBody body) {
        int chunks = chunks(n, grain);
        if (chunks == 0) {
            return;
        }
        if (chunks == 1) {
            // Inline: inside another loop with that loop's slot; at the top level as slot 0, leaving loops
            // nested in it free to run in parallel.
            body.run(Math.max(0, currentSlot.get()[0]), 0, 0, n);
            return;
        }
        var loop = new Loop(n, chunks, body, Thread.currentThread());
        if (adaptation.parallel() && caller.tryLock()) {
            try {
                long start = System.nanoTime();
                post(loop);
                loop.work(0);
                loop.awaitAll();
                adaptation.record(loop.callerNanos, loop.callerChunks, chunks, System.nanoTime() - start);
            } finally {
                caller.unlock();
            }
        } else {
            loop.work(0);
        }
        Throwable failure = loop.failure();
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
    }

    /** Hands a loop to the workers: spinning ones see the new generation, parked ones are woken. */
    private void post(Loop loop) {
        posted = loop;
        generation++;
        for (Worker worker : workers) {
            if (worker.parked) {
                LockSupport.unpark(worker.thread);
            }
        }
    }

    /** A thread that helps with every posted loop under its own slot. */
    private final class Worker implements Runnable {
        private final int slot;
        private final Thread thread;
        private volatile boolean parked;
        private int seen;

        Worker(int slot) {
            this.slot = slot;
            this.thread = new Thread(this, "engine-compute-" + slot);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            while (!closed) {
                Loop loop = next();
                if (loop != null) {
                    loop.work(slot);
                }
            }
        }

        /** The next posted loop: spins a while, then parks until {@link #post} or {@link #close} wakes it. */
        private Loop next() {
            long start = System.nanoTime();
            for (int spin = 1; generation == seen; spin++) {
                Thread.onSpinWait();
                if ((spin & 63) == 0 && System.nanoTime() - start > WORKER_SPIN_NANOS) {
                    parked = true;
                    while (generation == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked = false;
                    break;
                }
            }
            seen = generation;
            return closed ? null : posted;
        }
    }

    /** The worker threads, for tests that check they stop. */
    java.util.List<Thread> workerThreads() {
        var list = new java.util.ArrayList<Thread>();
        for (Worker worker : workers) {
            list.add(worker.thread);
        }
        return list;
    }

    private static void runInside(int[] slot, int value, Runnable action) {
        slot[0] = value;
        try {
            action.run();
        } finally {
            slot[0] = -1;
        }
    }

    /** One parallel loop: a counter hands out chunks, another counts them done; the caller waits on the second. */
    private final class Loop {
        private final int n;
        private final int chunks;
        private final ChunkBody body;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private Throwable failure;
        private int failedChunk = Integer.MAX_VALUE;
        /** Chunks the caller ran and the nanoseconds they took (read by the caller only). */
        private int callerChunks;
        private long callerNanos;

        Loop(int n, int chunks, ChunkBody body, Thread caller) {
            this.n = n;
            this.chunks = chunks;
            this.body = body;
            this.caller = caller;
        }

        /** Takes chunks until none are left; a worker that starts late finds none and returns. */
        void work(int slot) {
            int[] current = currentSlot.get();
            boolean onCaller = Thread.currentThread() == caller;
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                int chunk = c;
                long start = onCaller ? System.nanoTime() : 0L;
                try {
                    runInside(current, slot, () -> body.run(slot, chunk, bound(chunk), bound(chunk + 1)));
                } catch (RuntimeException | Error e) {
                    fail(chunk, e);
                } finally {
                    if (onCaller) {
                        callerChunks++;
                        callerNanos += System.nanoTime() - start;
                    }
                    if (done.incrementAndGet() == chunks && !onCaller) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /** Keeps the failure of the lowest chunk, so that the same inputs report the same error. */
        private synchronized void fail(int chunk, Throwable e) {
            if (chunk < failedChunk) {
                failedChunk = chunk;
                failure = e;
            }
        }

        synchronized Throwable failure() {
            return failure;
        }

        void awaitAll() {
            for (int spin = 0; done.get() < chunks && spin < SPINS; spin++) {
                Thread.onSpinWait();
            }
            while (done.get() < chunks) {
                LockSupport.park(this);
            }
        }

        private int bound(int c) {
            return (int) ((long) n * c / chunks);
        }
    }

    /**
     * Whether the workers pay: a loop's gain is the time its chunks would have taken on the caller alone (the
     * caller's mean chunk time × all chunks) minus the time it took, summed over {@link #TRIAL_LOOPS} loops.
     */
    static final class Adaptation {
        private int trialLoops;
        private long trialGain;
        private int inlineLeft;
        private int inlineLength = INLINE_LOOPS;

        /** Whether the next loop should use the workers (counts down a period of inline loops). */
        synchronized boolean parallel() {
            if (inlineLeft > 0) {
                inlineLeft--;
                return false;
            }
            return true;
        }

        /** A parallel loop of {@code chunks} took {@code nanos}; the caller ran {@code callerChunks} of them. */
        synchronized void record(long callerNanos, int callerChunks, int chunks, long nanos) {
            if (callerChunks > 0) {
                trialGain += callerNanos * chunks / callerChunks - nanos;
            }
            if (++trialLoops < TRIAL_LOOPS) {
                return;
            }
            if (trialGain < 0) {
                inlineLeft = inlineLength;
                inlineLength = Math.min(16 * INLINE_LOOPS, 2 * inlineLength);
            } else {
                inlineLength = INLINE_LOOPS;
            }
            trialLoops = 0;
            trialGain = 0;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker worker : workers) {
            LockSupport.unpark(worker.thread);
        }
    }
}
