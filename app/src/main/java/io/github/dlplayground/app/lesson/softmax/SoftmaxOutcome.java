package io.github.dlplayground.app.lesson.softmax;

/**
 * What the softmax lesson shows for one set of logits, all from the engine: the logits o, the
 * probabilities ŷ = softmax(o), the cross-entropy −log ŷ_y, its gradient ŷ − y, the squared error
 * ½Σ(ŷⱼ − yⱼ)² of the probabilities, the predicted class argmax ŷ, and the rank (1 = largest) of each logit
 * and each probability.
 */
public record SoftmaxOutcome(double[] logits, double[] probabilities, int label, double crossEntropy,
                             double[] gradient, double squaredError, int predicted, int[] logitRanks,
                             int[] probabilityRanks) {
    /** Σ ŷⱼ, which is 1 up to float rounding. */
    public double probabilitySum() {
        double sum = 0;
        for (double p : probabilities) {
            sum += p;
        }
        return sum;
    }

    /** Ranks of the values, 1 for the largest; ties share the better rank. */
    static int[] ranks(double[] values) {
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int rank = 1;
            for (double other : values) {
                if (other > values[i]) {
                    rank++;
                }
            }
            ranks[i] = rank;
        }
        return ranks;
    }
}
