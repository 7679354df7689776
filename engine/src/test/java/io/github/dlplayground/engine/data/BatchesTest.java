package io.github.dlplayground.engine.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchesTest {
    /** Image i has every pixel equal to i, so the first pixel identifies the example. */
    private static Dataset numbered(int n) {
        byte[] px = new byte[n * 4];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 4; p++) {
                px[i * 4 + p] = (byte) i;
            }
            labels[i] = (byte) (i % 10);
        }
        return Dataset.of(DatasetKind.MNIST, "t", 2, 2, px, labels);
    }

    private static List<Integer> epochOrder(Batches batches, int epoch) {
        batches.startEpoch(epoch);
        List<Integer> seen = new ArrayList<>();
        for (int b = 0; b < batches.batchCount(); b++) {
            var batch = batches.batch(b);
            for (int k = 0; k < batch.size(); k++) {
                int id = Math.round(batch.images().data()[k * 4] * 255f);
                seen.add(id);
                assertThat(batch.labels()[k]).isEqualTo(id % 10);
            }
        }
        return seen;
    }

    @Test
    void everyExampleOnceAndLastBatchSmaller() {
        var batches = new Batches(numbered(23), 5, 1, true);
        assertThat(batches.batchCount()).isEqualTo(5);
        assertThat(batches.batch(4).size()).isEqualTo(3);
        assertThat(batches.batch(4).images().shape().dims()).containsExactly(3, 1, 2, 2);
        assertThat(batches.batch(0).images().shape().dims()).containsExactly(5, 1, 2, 2);
        assertThat(epochOrder(batches, 0)).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void sameSeedSameOrderAndEpochsDiffer() {
        var a = new Batches(numbered(40), 8, 42, true);
        var b = new Batches(numbered(40), 8, 42, true);
        var c = new Batches(numbered(40), 8, 43, true);
        assertThat(epochOrder(a, 3)).isEqualTo(epochOrder(b, 3));
        assertThat(epochOrder(a, 0)).isNotEqualTo(epochOrder(a, 1));
        assertThat(epochOrder(a, 0)).isNotEqualTo(epochOrder(c, 0));
    }

    @Test
    void withoutShuffleKeepsOrder() {
        var batches = new Batches(numbered(7), 3, 9, false);
        assertThat(epochOrder(batches, 5)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void reusesTheBufferOfFullBatches() {
        var batches = new Batches(numbered(10), 4, 1, true);
        assertThat(batches.batch(0).images().data()).isSameAs(batches.batch(1).images().data());
        assertThat(batches.batch(0).images().data()).hasSize(16);
    }

    @Test
    void splitIsStratifiedDisjointAndDeterministic() {
        byte[] px = new byte[2000];
        byte[] labels = new byte[1000];
        for (int i = 0; i < 1000; i++) {
            px[2 * i] = (byte) (i >> 8);
            px[2 * i + 1] = (byte) i;
            labels[i] = (byte) (i < 500 ? 0 : 1 + i % 9); // class 0 has half the examples
        }
        var data = Dataset.of(DatasetKind.MNIST, "train", 1, 2, px, labels);
        Split split = Split.of(data, 200, 0.25, 7);
        assertThat(split.validation().size()).isEqualTo(50);
        assertThat(split.train().size()).isEqualTo(150);
        // Class 0 has half the examples, so about half of every prefix of the stratified order.
        int trainZeros = split.train().classCounts()[0];
        int validationZeros = split.validation().classCounts()[0];
        assertThat(trainZeros + validationZeros).isBetween(95, 105);
        assertThat(validationZeros).isBetween(21, 29);
        Split again = Split.of(data, 200, 0.25, 7);
        for (int i = 0; i < 150; i++) {
            assertThat(id(again.train(), i)).isEqualTo(id(split.train(), i));
        }
        var all = new java.util.HashSet<Integer>();
        for (int i = 0; i < 150; i++) {
            all.add(id(split.train(), i));
        }
        for (int i = 0; i < 50; i++) {
            all.add(id(split.validation(), i));
        }
        assertThat(all).hasSize(200);
    }

    private static int id(Dataset d, int i) {
        return d.pixel(i, 0) * 256 + d.pixel(i, 1);
    }

    @Test
    void splitWithoutLimitOrValidationKeepsEverything() {
        Split split = Split.of(numbered(30), 0, 0.0, 1);
        assertThat(split.train().size()).isEqualTo(30);
        assertThat(split.validation().size()).isZero();
    }
}
