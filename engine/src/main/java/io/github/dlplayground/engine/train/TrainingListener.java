package io.github.dlplayground.engine.train;

/**
 * Hears a {@link Trainer}'s events. Every method is called on the training thread, between steps, so reading
 * the network there (e.g. {@link LayerStatistics#of}) is safe; a UI must hand values over to its own thread
 * (rate-limited or through a latest-value mailbox), never block here.
 */
public interface TrainingListener {
    default void started(TrainingEvent.Started event) {
    }

    default void batchFinished(TrainingEvent.BatchFinished event) {
    }

    default void epochFinished(TrainingEvent.EpochFinished event) {
    }

    default void pauseChanged(TrainingEvent.PauseChanged event) {
    }

    /** The last call of a {@link Trainer#fit}, whatever its outcome. */
    default void finished(TrainingResult result) {
    }
}
