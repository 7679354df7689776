package io.github.dlplayground.engine.data;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.SplittableRandom;

/**
 * Minibatches of a dataset for one epoch after another: the order is a permutation drawn from
 * (seed, epoch), so epoch e is the same in every run with the same seed. Batch b holds examples
 * [b·B, min((b+1)·B, n)) of that order as a tensor [batch, 1, rows, cols] scaled to [0, 1]; the last batch
 * may be smaller (like PyTorch's DataLoader with drop_last=False).
 * <p>The tensors and label arrays are reused: a batch is valid until the next call to {@link #batch(int)}.
 * One thread (the training thread) uses an instance.
 */
public final class Batches {
    /** One minibatch: images [size, 1, rows, cols] in [0, 1] and their labels (length size). */
    public record Batch(Tensor images, int[] labels, int size) {
    }

    private static final int IMAGES_PER_TASK = 32;

    private final Dataset data;
    private final int batchSize;
    private final long seed;
    private final boolean shuffle;
    private final int[] order;
    private final float[] fullBuffer;
    private final int[] fullLabels;
    private float[] lastBuffer;
    private int[] lastLabels;

    /**
     * @param shuffle false keeps the dataset's order (evaluation); true draws a new order each epoch
     */
    public Batches(Dataset data, int batchSize, long seed, boolean shuffle) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.seed = seed;
        this.shuffle = shuffle;
        this.order = new int[data.size()];
        int full = Math.min(batchSize, Math.max(data.size(), 1));
        this.fullBuffer = new float[full * data.imageSize()];
        this.fullLabels = new int[full];
        startEpoch(0);
    }

    public Dataset dataset() {
        return data;
    }

    public int batchSize() {
        return batchSize;
    }

    /** ⌈n / B⌉. */
    public int batchCount() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /** Sets the example order for an epoch (0-based): identity without shuffling, else a seeded permutation. */
    public void startEpoch(int epoch) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (shuffle) {
            shuffle(order, new SplittableRandom(mix(seed, epoch)));
        }
    }

    /** Fills and returns batch b of the current epoch (buffers reused, see class comment). */
    public Batch batch(int b) {
        if (b < 0 || b >= batchCount()) {
            throw new IndexOutOfBoundsException("batch " + b + " of " + batchCount());
        }
        int from = b * batchSize;
        int n = Math.min(batchSize, data.size() - from);
        float[] buffer;
        int[] labels;
        if (n == fullLabels.length) {
            buffer = fullBuffer;
            labels = fullLabels;
        } else {
            if (lastLabels == null || lastLabels.length != n) {
                lastBuffer = new float[n * data.imageSize()];
                lastLabels = new int[n];
            }
            buffer = lastBuffer;
            labels = lastLabels;
        }
        int size = data.imageSize();
        // Images in parallel (each writes only its own slice): a GPU step waits for this on the host.
        Backends.pool().forRange(n, IMAGES_PER_TASK, (lo, hi) -> {
            for (int k = lo; k < hi; k++) {
                int i = order[from + k];
                data.copyImage(i, buffer, k * size);
                labels[k] = data.label(i);
            }
        });
        Tensor images = new Tensor(Shape.of(n, 1, data.rows(), data.cols()), buffer);
        return new Batch(images, labels, n);
    }

    /** Fisher–Yates shuffle. */
    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A well-spread 64-bit seed for (seed, stream) pairs (SplitMix64 finaliser). */
    static long mix(long seed, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
