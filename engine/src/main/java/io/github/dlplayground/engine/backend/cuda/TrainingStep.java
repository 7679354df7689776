package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Tensor;

/**
 * One optimizer step on a batch (images [n, …], labels [n]) wherever the network lives; {@link DeviceTraining}
 * is the GPU's. {@link #copyWeightsToHost()} makes the host network current; {@link #close()} frees what the
 * step holds. Training thread only.
 */
public interface TrainingStep extends AutoCloseable {
    /** The mean softmax cross-entropy of the batch, its accuracy, and whether the update was applied. */
    record Outcome(float loss, double accuracy, boolean updated) {
    }

    Outcome step(Tensor images, int[] labels);

    void copyWeightsToHost();

    @Override
    void close();
}
