package io.github.dlplayground.engine.train;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) pairs: {@code count(actual, predicted)}; row sums are the examples
 * per true class. Accuracy = trace / total; the accuracy of class c = count(c, c) / row sum of c (NaN when the
 * class has no examples). Immutable; build one with {@link Counter}.
 */
public final class ConfusionMatrix {
    private final int classes;
    private final long[] counts;

    private ConfusionMatrix(int classes, long[] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /** From a classes×classes table, rows = true class. */
    public static ConfusionMatrix of(long[][] table) {
        int k = table.length;
        long[] flat = new long[k * k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("a confusion matrix must be square, row " + i + " has "
                        + table[i].length + " of " + k + " entries");
            }
            System.arraycopy(table[i], 0, flat, i * k, k);
        }
        return new ConfusionMatrix(k, flat);
    }

    public int classes() {
        return classes;
    }

    public long count(int actual, int predicted) {
        return counts[actual * classes + predicted];
    }

    /** Examples whose true class is {@code actual}. */
    public long rowTotal(int actual) {
        long n = 0;
        for (int p = 0; p < classes; p++) {
            n += count(actual, p);
        }
        return n;
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    public long correct() {
        long n = 0;
        for (int c = 0; c < classes; c++) {
            n += count(c, c);
        }
        return n;
    }

    /** Correct / total (NaN when empty). */
    public double accuracy() {
        long total = total();
        return total == 0 ? Double.NaN : (double) correct() / total;
    }

    /** Per true class: correct / examples of that class (NaN for a class without examples). */
    public double[] perClassAccuracy() {
        double[] out = new double[classes];
        for (int c = 0; c < classes; c++) {
            long row = rowTotal(c);
            out[c] = row == 0 ? Double.NaN : (double) count(c, c) / row;
        }
        return out;
    }

    /** A copy as a table, rows = true class. */
    public long[][] toTable() {
        long[][] t = new long[classes][classes];
        for (int i = 0; i < classes; i++) {
            System.arraycopy(counts, i * classes, t[i], 0, classes);
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && m.classes == classes && Arrays.equals(m.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /** Accumulates counts on one thread, then {@link #snapshot()}. */
    public static final class Counter {
        private final int classes;
        private final long[] counts;

        public Counter(int classes) {
            this.classes = classes;
            this.counts = new long[classes * classes];
        }

        public void add(int actual, int predicted) {
            counts[actual * classes + predicted]++;
        }

        public ConfusionMatrix snapshot() {
            return new ConfusionMatrix(classes, counts.clone());
        }
    }
}
