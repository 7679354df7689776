package io.github.dlplayground.visuals.confusion;

import java.util.List;

/**
 * A k×k confusion matrix as the engine counted it: {@code counts[t][p]} test images of true class t were
 * predicted as p. Row sums are the class sizes; the diagonal over the row sum is the class's accuracy (recall).
 */
public record ConfusionData(int[][] counts, List<String> classNames) {
    public ConfusionData {
        int k = counts.length;
        if (classNames.size() != k) {
            throw new IllegalArgumentException("confusion matrix of " + k + " classes needs " + k + " class names, got "
                    + classNames.size());
        }
        int[][] copy = new int[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new IllegalArgumentException("confusion matrix row " + t + " has " + counts[t].length
                        + " columns, expected " + k);
            }
            copy[t] = counts[t].clone();
        }
        counts = copy;
        classNames = List.copyOf(classNames);
    }

    public int size() {
        return counts.length;
    }

    public int count(int trueClass, int predicted) {
        return counts[trueClass][predicted];
    }

    public int rowSum(int trueClass) {
        int s = 0;
        for (int c : counts[trueClass]) {
            s += c;
        }
        return s;
    }

    /** counts[t][p] / Σ_p counts[t][p], 0 for an empty row: the share of class t predicted as p. */
    public double rowFraction(int trueClass, int predicted) {
        int sum = rowSum(trueClass);
        return sum == 0 ? 0 : (double) counts[trueClass][predicted] / sum;
    }
}
