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
            assertThat(pool.chunks(10, 1)).isEqualTo(2);
            assertThat(pool.chunks(10, 6)).isEqualTo(1);
            var innerChunks = new AtomicIntegerArray(2);
            var seen = new AtomicIntegerArray(2);
            pool.forChunks(10, 1, (chunk, from, to) -> {
                seen.incrementAndGet(chunk);
                innerChunks.set(chunk, pool.chunks(1000, 1));
                pool.forChunks(1000, 1, (inner, f, t) -> assertThat(inner).isZero());
            });
            assertThat(seen.get(0)).isEqualTo(1);
            assertThat(seen.get(1)).isEqualTo(1);
            assertThat(innerChunks.get(0)).isEqualTo(1);
            assertThat(innerChunks.get(1)).isEqualTo(1);
            assertThat(pool.chunks(1000, 1)).as("outside any loop again").isEqualTo(2);
        }
    }

    @Test
    void rethrowsAFailureFromAnyChunk() {
        try (var pool = new ComputePool(2)) {
            assertThatThrownBy(() -> pool.forRange(100, 1, (from, to) -> {
                if (from > 0) {
                    throw new IllegalStateException("chunk from " + from);
                }
            })).hasMessageContaining("chunk from 50");
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
