package io.github.dlplayground.engine.train;

import io.github.dlplayground.engine.data.Batches;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.function.BooleanSupplier;

/**
 * Runs a network over a dataset in inference mode (dropout off) and measures mean softmax cross-entropy,
 * accuracy and the confusion matrix. Uses the network's buffers: call it on the thread that owns the network.
 */
public final class Evaluator {
    /** Examples per forward pass: large enough for fast matrix products, small enough for LeNet's buffers. */
    public static final int BATCH = 500;

    private Evaluator() {
    }

    public static Evaluation evaluate(Layer network, Dataset data) {
        return evaluate(network, data, () -> false);
    }

    /** Returns null when {@code stop} turns true between batches. */
    public static Evaluation evaluate(Layer network, Dataset data, BooleanSupplier stop) {
        var loss = new SoftmaxCrossEntropy();
        var counter = new ConfusionMatrix.Counter(data.classCount());
        var batches = new Batches(data, BATCH, 0, false);
        double lossSum = 0;
        for (int b = 0; b < batches.batchCount(); b++) {
            if (stop.getAsBoolean()) {
                return null;
            }
            Batches.Batch batch = batches.batch(b);
            Tensor logits = network.forward(batch.images(), false);
            lossSum += (double) loss.forward(logits, batch.labels()) * batch.size();
            int k = logits.shape().dim(1);
            for (int i = 0; i < batch.size(); i++) {
                counter.add(batch.labels()[i], argmax(logits.data(), i * k, k));
            }
        }
        ConfusionMatrix confusion = counter.snapshot();
        int n = data.size();
        return new Evaluation(data.name(), n, n == 0 ? Double.NaN : lossSum / n, confusion.accuracy(), confusion);
    }

    /** Index of the largest of x[from … from+k) (the first on ties, as torch.argmax). */
    static int argmax(float[] x, int from, int k) {
        int best = 0;
        float max = x[from];
        for (int j = 1; j < k; j++) {
            if (x[from + j] > max) {
                max = x[from + j];
                best = j;
            }
        }
        return best;
    }
}
