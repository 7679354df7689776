package io.github.dlplayground.engine.loss;

import io.github.dlplayground.engine.tensor.Tensor;

/**
 * Squared loss averaged over the batch: ℓ = (1/N)·Σₙ Σⱼ ½(ŷ[n, j] − y[n, j])², so with one output per sample it
 * is the mean of ½(ŷ − y)² (the book's squared_loss). ∂ℓ/∂ŷ = (ŷ − y) / N. Target and prediction must have
 * the same batch size and number of values (a target [N] fits a prediction [N, 1]).
 */
public final class SquaredLoss {
    private Tensor prediction;
    private Tensor target;
    private Tensor gradient;

    public float forward(Tensor prediction, Tensor target) {
        if (prediction.shape().rank() < 1 || target.shape().rank() < 1
                || prediction.size() != target.size()
                || prediction.shape().dim(0) != target.shape().dim(0)) {
            throw new IllegalArgumentException("squared loss: the prediction has shape " + prediction.shape()
                    + " but the target has shape " + target.shape() + ": give one target value per output");
        }
        this.prediction = prediction;
        this.target = target;
        float[] yHat = prediction.data();
        float[] y = target.data();
        double total = 0;
        for (int i = 0; i < yHat.length; i++) {
            double d = (double) yHat[i] - y[i];
            total += 0.5 * d * d;
        }
        int n = prediction.shape().dim(0);
        return n == 0 ? 0f : (float) (total / n);
    }

    /** ∂loss/∂prediction for the last forward: (ŷ − y) / N. */
    public Tensor backward() {
        if (prediction == null) {
            throw new IllegalStateException("squared loss: backward was called before forward");
        }
        if (gradient == null || !gradient.shape().equals(prediction.shape())) {
            gradient = Tensor.zeros(prediction.shape());
        }
        float[] yHat = prediction.data();
        float[] y = target.data();
        float[] g = gradient.data();
        float scale = 1f / prediction.shape().dim(0);
        for (int i = 0; i < g.length; i++) {
            g[i] = (yHat[i] - y[i]) * scale;
        }
        return gradient;
    }
}
