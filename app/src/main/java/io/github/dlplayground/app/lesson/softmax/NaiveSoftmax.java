package io.github.dlplayground.app.lesson.softmax;

/**
 * The textbook formula ŷⱼ = exp(oⱼ) / Σₖ exp(oₖ) and −log ŷ_y evaluated literally in float32, with no
 * subtraction of the largest logit — kept only to show students why frameworks never compute it this way:
 * exp overflows to ∞ above o ≈ 88.7, ∞/∞ gives NaN, and a probability that underflows to 0 gives −log 0 = ∞.
 * The numbers the lesson teaches with come from the engine ({@link SoftmaxEngine}).
 */
public final class NaiveSoftmax {
    private NaiveSoftmax() {
    }

    /** The naive results: exp(oⱼ), their sum, ŷⱼ and the loss, each possibly ∞ or NaN. */
    public record Result(float[] exponentials, float sum, float[] probabilities, float crossEntropy) {
        public boolean broken() {
            if (!Float.isFinite(sum) || !Float.isFinite(crossEntropy)) {
                return true;
            }
            for (float p : probabilities) {
                if (!Float.isFinite(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static Result evaluate(double[] logits, int label) {
        float[] e = new float[logits.length];
        float sum = 0f;
        for (int j = 0; j < logits.length; j++) {
            e[j] = (float) Math.exp((float) logits[j]);
            sum += e[j];
        }
        float[] p = new float[logits.length];
        for (int j = 0; j < logits.length; j++) {
            p[j] = e[j] / sum;
        }
        return new Result(e, sum, p, (float) -Math.log(p[label]));
    }
}
