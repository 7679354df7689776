package io.github.dlplayground.engine.train;

/**
 * The immutable events a {@link Trainer} sends, all on the training thread. Epochs and batches count from 1.
 */
public sealed interface TrainingEvent {
    /** Training is about to take its first step. */
    record Started(int epochs, int batchesPerEpoch, int trainCount, String evaluatedOn, int evalCount)
            implements TrainingEvent {
    }

    /**
     * One optimizer step was taken.
     *
     * @param step     steps since the trainer was built (1 for the first)
     * @param loss     mean loss of this minibatch before the step
     * @param accuracy accuracy of this minibatch before the step
     */
    record BatchFinished(int epoch, int batch, int batchesPerEpoch, long step, double loss, double accuracy,
                         double lr) implements TrainingEvent {
    }

    /** An epoch and its evaluation finished. */
    record EpochFinished(int epochs, EpochMetrics metrics, Evaluation evaluation) implements TrainingEvent {
        public int epoch() {
            return metrics.epoch();
        }
    }

    /** Training waits for {@link Trainer#resume()} ({@code paused} true) or goes on again (false). */
    record PauseChanged(boolean paused) implements TrainingEvent {
    }
}
