package io.github.dlplayground.engine.loss;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

/**
 * Softmax cross-entropy from logits z [N, K] and labels y [N]: ℓ = (1/N)·Σₙ (logΣₖ e^{z[n,k]} − z[n, yₙ]),
 * with log-sum-exp taken around the row maximum in double precision (stable for logits of ±1e4).
 * ∂ℓ/∂z = (softmax(z) − onehot(y)) / N. Buffers are reused while the batch shape stays the same.
 */
public final class SoftmaxCrossEntropy {
    private Tensor probabilities;
    private Tensor gradient;
    private int[] labels;

    /** The mean loss over the batch; keeps the softmax probabilities for {@link #backward()}. */
    public float forward(Tensor logits, int[] labels) {
        Shape shape = logits.shape();
        if (shape.rank() != 2) {
            throw new IllegalArgumentException("softmax cross-entropy expects logits [N, classes], got " + shape
                    + ": add a Flatten and a Linear layer with one output per class at the end");
        }
        int n = shape.dim(0);
        int k = shape.dim(1);
        if (labels.length != n) {
            throw new IllegalArgumentException("softmax cross-entropy got " + n + " rows of logits but "
                    + labels.length + " labels: give one label per sample");
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("softmax cross-entropy: label " + labels[i] + " of sample " + i
                        + " is not one of the " + k + " classes 0…" + (k - 1)
                        + ": give the last layer one output per class");
            }
        }
        if (probabilities == null || !probabilities.shape().equals(shape)) {
            probabilities = Tensor.zeros(shape);
            gradient = Tensor.zeros(shape);
        }
        this.labels = labels.clone();
        float[] z = logits.data();
        float[] p = probabilities.data();
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, z[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double e = Math.exp(z[row + j] - max);
                p[row + j] = (float) e;
                sum += e;
            }
            for (int j = 0; j < k; j++) {
                p[row + j] = (float) (p[row + j] / sum);
            }
            total += max + Math.log(sum) - z[row + labels[i]];
        }
        return n == 0 ? 0f : (float) (total / n);
    }

    /** ∂loss/∂logits for the last forward: (softmax − onehot) / N. */
    public Tensor backward() {
        if (probabilities == null) {
            throw new IllegalStateException("softmax cross-entropy: backward was called before forward");
        }
        int n = probabilities.shape().dim(0);
        int k = probabilities.shape().dim(1);
        float[] p = probabilities.data();
        float[] g = gradient.data();
        float scale = 1f / n;
        for (int i = 0; i < n; i++) {
            int row = i * k;
            for (int j = 0; j < k; j++) {
                g[row + j] = p[row + j] * scale;
            }
            g[row + labels[i]] -= scale;
        }
        return gradient;
    }

    /** softmax(z) of the last forward, [N, K]; null before the first. */
    public Tensor probabilities() {
        return probabilities;
    }
}
