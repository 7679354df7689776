package io.github.dlplayground.engine.train;

/**
 * A network's performance on one dataset: mean softmax cross-entropy loss, accuracy and the confusion matrix
 * (which gives the per-class accuracy).
 *
 * @param dataset "test", "validation" or "train"
 * @param count   examples evaluated
 */
public record Evaluation(String dataset, int count, double loss, double accuracy, ConfusionMatrix confusion) {
    /** Accuracy per true class, from the confusion matrix. */
    public double[] perClassAccuracy() {
        return confusion.perClassAccuracy();
    }
}
