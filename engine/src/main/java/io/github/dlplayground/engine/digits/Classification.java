package io.github.dlplayground.engine.digits;

import java.util.List;

/**
 * A drawing as a network read it: every preprocessing step, the class probabilities
 * softmax(z)ᵢ = exp(zᵢ − max z) / Σⱼ exp(zⱼ − max z) of the logits z, each layer's output, and the time taken
 * (preprocessing and forward pass, nanoseconds). A blank drawing has null probabilities and no layer outputs.
 */
public record Classification(PreprocessedDrawing preprocessed, float[] probabilities, List<LayerOutput> layers,
                             long nanos) {
    /** Index of the most probable class, or −1 for a blank drawing. */
    public int prediction() {
        if (probabilities == null) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Softmax of logits, computed in double with the maximum subtracted (stable for any finite logits). */
    public static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double[] e = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            e[i] = Math.exp(logits[i] - max);
            sum += e[i];
        }
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (e[i] / sum);
        }
        return p;
    }
}
