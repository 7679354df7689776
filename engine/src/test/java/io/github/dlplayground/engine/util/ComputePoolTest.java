package io.github.dlplayground.engine.util;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComputePoolTest {
    @Test
    void visitsEveryIndexExactlyOnce() {
        try (var pool = new ComputePool(3)) {
            for (int n : new int[] {0, 1, 2, 7, 1000}) {
                var visits = new AtomicIntegerArray(n);
                pool.forRange(n, 1, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        visits.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < n; i++) {
                    assertThat(visits.get(i)).as("index %d of %d", i, n).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void nestedLoopsRunInlineAndChunksAreNumbered() {
        try (var pool = new ComputePool(2)) {
            assertThat(pool.chunks(10, 1)).isEqualTo(2 * ComputePool.CHUNKS_PER_THREAD);
            assertThat(pool.chunks(10, 4)).isEqualTo(2);
            assertThat(pool.chunks(10, 6)).isEqualTo(1);
            int chunks = pool.chunks(100, 1);
            var innerChunks = new AtomicIntegerArray(chunks);
            var seen = new AtomicIntegerArray(chunks);
            var bounds = new AtomicIntegerArray(chunks + 1);
            pool.forChunks(100, 1, (slot, chunk, from, to) -> {
                assertThat(slot).isBetween(0, 1);
                seen.incrementAndGet(chunk);
                bounds.set(chunk, from);
                bounds.set(chunk + 1, to);
                innerChunks.set(chunk, pool.chunks(1000, 1));
                pool.forChunks(1000, 1, (innerSlot, inner, f, t) -> {
                    assertThat(inner).isZero();
                    assertThat(innerSlot).isEqualTo(slot);
                });
            });
            for (int c = 0; c < chunks; c++) {
                assertThat(seen.get(c)).isEqualTo(1);
                assertThat(innerChunks.get(c)).isEqualTo(1);
                assertThat(bounds.get(c)).as("chunk %d starts where the split puts it", c).isEqualTo(100 * c / chunks);
            }
            assertThat(pool.chunks(1000, 1)).as("outside any loop again").isEqualTo(chunks);
        }
    }

    @Test
    void slotsAreNeverSharedByTwoThreadsAtOnce() {
        try (var pool = new ComputePool(2)) {
            var busy = new AtomicIntegerArray(2);
            for (int round = 0; round < 200; round++) {
                pool.forChunks(64, 1, (slot, chunk, from, to) -> {
                    assertThat(busy.incrementAndGet(slot)).isEqualTo(1);
                    double sink = 0;
                    for (int i = 0; i < 2000; i++) {
                        sink += Math.sqrt(i + chunk);
                    }
                    assertThat(sink).isPositive();
                    busy.decrementAndGet(slot);
                });
            }
        }
    }

    @Test
    void loopsFromTwoCallersAtOnceEachVisitEveryIndexOnce() throws Exception {
        try (var pool = new ComputePool(2)) {
            int rounds = 300;
            var visits = new AtomicIntegerArray[] {new AtomicIntegerArray(500), new AtomicIntegerArray(500)};
            var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
            Thread[] callers = new Thread[2];
            for (int t = 0; t < 2; t++) {
                AtomicIntegerArray mine = visits[t];
                callers[t] = new Thread(() -> {
                    try {
                        for (int round = 0; round < rounds; round++) {
                            pool.forRange(500, 1, (from, to) -> {
                                for (int i = from; i < to; i++) {
                                    mine.incrementAndGet(i);
                                }
                            });
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                callers[t].start();
            }
            for (Thread caller : callers) {
                caller.join(30_000);
                assertThat(caller.isAlive()).as("a caller still waiting for its loop").isFalse();
            }
            assertThat(failures).isEmpty();
            for (AtomicIntegerArray mine : visits) {
                for (int i = 0; i < 500; i++) {
                    assertThat(mine.get(i)).as("index %d", i).isEqualTo(rounds);
                }
            }
        }
    }

    @Test
    void workersWakeAfterParkingAndStopWhenThePoolCloses() throws Exception {
        var pool = new ComputePool(3);
        var seenSlots = new AtomicIntegerArray(3);
        for (int round = 0; round < 3; round++) {
            // Long enough that idle workers have stopped spinning and parked before the next loop.
            Thread.sleep(3 * ComputePool.WORKER_SPIN_NANOS / 1_000_000 + 5);
            pool.forChunks(3 * ComputePool.CHUNKS_PER_THREAD, 1, (slot, chunk, from, to) -> {
                seenSlots.incrementAndGet(slot);
                long end = System.nanoTime() + 5_000_000;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            });
        }
        assertThat(seenSlots.get(1) + seenSlots.get(2)).as("chunks the woken workers ran").isPositive();
        pool.close();
        for (Thread worker : pool.workerThreads()) {
            worker.join(5_000);
            assertThat(worker.isAlive()).as(worker.getName() + " after close").isFalse();
        }
    }

    @Test
    void workersThatDoNotPayAreLeftOutForAWhileThenTriedAgain() {
        var adaptation = new ComputePool.Adaptation();
        // The caller ran half of 8 chunks in 4 ms (8 ms alone) but the loop took 10 ms: a loss.
        for (int i = 0; i < ComputePool.TRIAL_LOOPS; i++) {
            assertThat(adaptation.parallel()).isTrue();
            adaptation.record(4_000_000, 4, 8, 10_000_000);
        }
        for (int i = 0; i < ComputePool.INLINE_LOOPS; i++) {
            assertThat(adaptation.parallel()).as("inline loop %d", i).isFalse();
        }
        for (int i = 0; i < ComputePool.TRIAL_LOOPS; i++) {
            assertThat(adaptation.parallel()).isTrue();
            adaptation.record(4_000_000, 4, 8, 10_000_000);
        }
        for (int i = 0; i < 2 * ComputePool.INLINE_LOOPS; i++) {
            assertThat(adaptation.parallel()).as("a second loss doubles the period").isFalse();
        }
        for (int i = 0; i < ComputePool.TRIAL_LOOPS; i++) {
            assertThat(adaptation.parallel()).isTrue();
            adaptation.record(4_000_000, 4, 8, 5_000_000);
        }
        assertThat(adaptation.parallel()).as("a gain keeps the workers").isTrue();
    }

    @Test
    void resultsDoNotDependOnWhoRunsTheChunks() {
        try (var pool = new ComputePool(2)) {
            int chunks = pool.chunks(1000, 1);
            double[] first = new double[chunks];
            double[] again = new double[chunks];
            for (double[] target : new double[][] {first, again}) {
                for (int round = 0; round < 3 * ComputePool.TRIAL_LOOPS; round++) {
                    pool.forChunks(1000, 1, (slot, chunk, from, to) -> {
                        double sum = 0;
                        for (int i = from; i < to; i++) {
                            sum += Math.sin(i);
                        }
                        target[chunk] = sum;
                    });
                }
            }
            assertThat(again).containsExactly(first);
        }
    }

    @Test
    void rethrowsTheFailureOfTheFirstFailingChunk() {
        try (var pool = new ComputePool(2)) {
            for (int round = 0; round < 20; round++) {
                assertThatThrownBy(() -> pool.forRange(100, 1, (from, to) -> {
                    if (from > 0) {
                        throw new IllegalStateException("chunk from " + from);
                    }
                })).hasMessage("chunk from " + 100 / pool.chunks(100, 1));
            }
        }
    }

    @Test
    void rngIsReproducibleAndRoughlyUniform() {
        var a = new Rng(5);
        var b = new Rng(5);
        double sum = 0;
        for (int i = 0; i < 10000; i++) {
            float x = a.nextFloat();
            assertThat(b.nextFloat()).isEqualTo(x);
            assertThat(x).isBetween(0f, 1f).isLessThan(1f);
            sum += x;
        }
        assertThat(sum / 10000).isBetween(0.49, 0.51);
        assertThat(Rng.hash(1, 2)).isEqualTo(Rng.hash(1, 2)).isNotEqualTo(Rng.hash(1, 3));
    }
}
