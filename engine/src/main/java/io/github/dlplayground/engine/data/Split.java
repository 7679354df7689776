package io.github.dlplayground.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A training set and the validation set held out of it. {@link #of} draws a seeded, class-stratified
 * order of the full training data, keeps its first {@code trainingSetSize} examples, and holds out the
 * first ⌊fraction·n⌋ of those for validation: every prefix of the order has about equal shares of each
 * class, so a small set (say 500) stays balanced.
 *
 * @param validation empty (size 0) when the fraction is 0
 */
public record Split(Dataset train, Dataset validation) {

    /**
     * @param trainingSetSize how many examples to use before the validation split; ≤ 0 or ≥ n means all
     * @param validationFraction share held out for validation, in [0, 1)
     */
    public static Split of(Dataset full, int trainingSetSize, double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        int n = trainingSetSize <= 0 ? full.size() : Math.min(trainingSetSize, full.size());
        int[] order = stratifiedOrder(full, seed);
        int held = (int) Math.floor(validationFraction * n);
        if (n > 0 && held >= n) {
            held = n - 1;
        }
        Dataset validation = full.subset(Arrays.copyOfRange(order, 0, held), "validation");
        Dataset train = full.subset(Arrays.copyOfRange(order, held, n), "train");
        return new Split(train, validation);
    }

    /**
     * A permutation of all examples in which each class is shuffled on its own and the classes are
     * interleaved by relative rank (rank within class ÷ class size), ties broken at random.
     */
    static int[] stratifiedOrder(Dataset data, long seed) {
        var random = new SplittableRandom(Batches.mix(seed, 0x5EED));
        int classes = data.classCount();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < data.size(); i++) {
            byClass.get(data.label(i)).add(i);
        }
        record Key(int index, double position, double tie) {
        }
        List<Key> keys = new ArrayList<>(data.size());
        for (List<Integer> members : byClass) {
            int[] idx = members.stream().mapToInt(Integer::intValue).toArray();
            Batches.shuffle(idx, random);
            for (int r = 0; r < idx.length; r++) {
                keys.add(new Key(idx[r], (r + 0.5) / idx.length, random.nextDouble()));
            }
        }
        keys.sort(Comparator.comparingDouble(Key::position).thenComparingDouble(Key::tie));
        return keys.stream().mapToInt(Key::index).toArray();
    }
}
