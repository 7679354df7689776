package io.github.dlplayground.visuals.drawing;

/** The indices of the k largest probabilities, largest first (ties: lower index first). */
public final class ProbabilityRanking {
    private ProbabilityRanking() {
    }

    /** Up to k indices; empty for null. */
    public static int[] top(float[] probabilities, int k) {
        if (probabilities == null) {
            return new int[0];
        }
        int n = Math.min(k, probabilities.length);
        int[] best = new int[n];
        boolean[] taken = new boolean[probabilities.length];
        for (int r = 0; r < n; r++) {
            int arg = -1;
            for (int i = 0; i < probabilities.length; i++) {
                if (!taken[i] && (arg < 0 || probabilities[i] > probabilities[arg])) {
                    arg = i;
                }
            }
            taken[arg] = true;
            best[r] = arg;
        }
        return best;
    }
}
