package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

/**
 * Inverted dropout (暂退法): in training each value is zeroed with probability p and the others are scaled by
 * 1/(1−p), so the expected output equals the input; in inference it is the identity. The mask of the t-th
 * training pass is a hash of (seed, t, index): reproducible from the seed and independent of thread layout.
 */
public final class Dropout extends ElementwiseLayer {
    private final float p;
    private long seed;
    private long passes;
    private Tensor output;
    private Tensor inputGradient;
    private float[] mask = new float[0];
    private boolean masked;

    public Dropout(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("Dropout(p=" + p + "): p is the probability of dropping a value and "
                    + "must be in [0, 1); choose e.g. 0.5" + (p == 1 ? " (p = 1 would drop everything)" : ""));
        }
        this.p = (float) p;
    }

    public double probability() {
        return p;
    }

    @Override
    public String describe() {
        return "Dropout(p=" + p + ")";
    }

    /** Takes the mask seed from {@code rng} and restarts the sequence of masks. */
    @Override
    public void initialize(Init init, Rng rng) {
        seed = rng.nextLong();
        passes = 0;
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        masked = training && p > 0f;
        if (!masked) {
            return produced(input);
        }
        output = reuse(output, input.shape());
        int size = input.size();
        if (mask.length < size) {
            mask = new float[size];
        }
        long passSeed = Rng.derive(seed, passes++);
        float keep = 1f / (1f - p);
        float[] x = input.data();
        float[] y = output.data();
        float[] m = mask;
        pool().forRange(size, GRAIN, (from, to) -> {
            for (int i = from; i < to; i++) {
                m[i] = Rng.hash(passSeed, i) < p ? 0f : keep;
                y[i] = x[i] * m[i];
            }
        });
        return produced(output);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        if (!acceptOutputGradient(outputGradient)) {
            return null;
        }
        if (!masked) {
            return outputGradient;
        }
        inputGradient = reuse(inputGradient, outputGradient.shape());
        float[] dy = outputGradient.data();
        float[] dx = inputGradient.data();
        float[] m = mask;
        pool().forRange(dy.length, GRAIN, (from, to) -> {
            for (int i = from; i < to; i++) {
                dx[i] = dy[i] * m[i];
            }
        });
        return inputGradient;
    }
}
