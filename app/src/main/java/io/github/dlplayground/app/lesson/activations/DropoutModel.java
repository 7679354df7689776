package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.nn.Dropout;
import io.github.dlplayground.engine.nn.Init;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.Arrays;

/**
 * A hidden layer of units with fixed activations h passed through the engine's inverted {@link Dropout}
 * once per step: in training each h′ᵢ is 0 with probability p and hᵢ/(1−p) otherwise; in inference h′ = h.
 * Keeps the running mean of every h′ᵢ since the last reset, which tends to hᵢ (E[h′] = h). Plain Java.
 */
public final class DropoutModel {
    /** The layer's activations h, one per unit. */
    public static final double[] ACTIVATIONS = {0.8, 1.6, 0.4, 1.2, 2.0, 0.6, 1.0, 1.4};

    private final long seed;
    private double p;
    private boolean training = true;
    private Dropout dropout;
    private final double[] output = ACTIVATIONS.clone();
    private final double[] sums = new double[ACTIVATIONS.length];
    private long steps;

    public DropoutModel(double p, long seed) {
        this.seed = seed;
        setProbability(p);
    }

    public int units() {
        return ACTIVATIONS.length;
    }

    public double probability() {
        return p;
    }

    /** A new dropout probability in [0, 1) (the engine refuses others); restarts the running means. */
    public void setProbability(double probability) {
        dropout = new Dropout(probability);
        dropout.initialize(Init.pytorchDefault(), new Rng(seed));
        dropout.useBackend(Backends.select("java"));
        p = probability;
        reset();
    }

    public boolean training() {
        return training;
    }

    /** Training applies dropout; inference passes h through unchanged. Restarts the running means. */
    public void setTraining(boolean on) {
        training = on;
        reset();
    }

    /** Forgets the running means and shows h unchanged. */
    public void reset() {
        Arrays.fill(sums, 0);
        System.arraycopy(ACTIVATIONS, 0, output, 0, output.length);
        steps = 0;
    }

    /** One forward pass of the engine's dropout layer over h. */
    public void step() {
        float[] h = new float[ACTIVATIONS.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = (float) ACTIVATIONS[i];
        }
        Tensor out = dropout.forward(new Tensor(Shape.of(1, h.length), h), training);
        for (int i = 0; i < h.length; i++) {
            output[i] = out.data()[i];
            sums[i] += output[i];
        }
        steps++;
    }

    public long steps() {
        return steps;
    }

    /** h′ᵢ of the last step (hᵢ before the first). */
    public double output(int unit) {
        return output[unit];
    }

    public boolean dropped(int unit) {
        return steps > 0 && output[unit] == 0;
    }

    public int keptCount() {
        int kept = 0;
        for (int i = 0; i < output.length; i++) {
            kept += dropped(i) ? 0 : 1;
        }
        return kept;
    }

    /** Mean of h′ᵢ over the steps since the reset (hᵢ before the first step). */
    public double runningMean(int unit) {
        return steps == 0 ? ACTIVATIONS[unit] : sums[unit] / steps;
    }

    /** The factor kept units are multiplied by in training: 1/(1−p). */
    public double keptScale() {
        return training ? 1 / (1 - p) : 1;
    }
}
