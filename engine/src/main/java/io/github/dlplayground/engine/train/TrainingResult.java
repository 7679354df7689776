package io.github.dlplayground.engine.train;

import java.util.List;

/**
 * How a {@link Trainer#fit} ended: every epoch completed, stopped on request, or DIVERGED (the loss became
 * NaN or ∞; {@link #divergence()} says where and what to try).
 *
 * @param history    the finished epochs
 * @param finalTest  the test set evaluation after the last finished epoch (null when no epoch finished)
 * @param divergence null unless the status is DIVERGED
 */
public record TrainingResult(Status status, List<EpochMetrics> history, Evaluation finalTest, long steps,
                             Divergence divergence) {
    public enum Status { COMPLETED, STOPPED, DIVERGED }

    public TrainingResult {
        history = List.copyOf(history);
    }

    /** A sentence for a status line. */
    public String message() {
        return switch (status) {
            case COMPLETED -> "Training finished: " + history.size() + " epochs, " + steps + " steps"
                    + (finalTest == null ? "." : String.format(java.util.Locale.ROOT, ", test accuracy %.4f.",
                    finalTest.accuracy()));
            case STOPPED -> "Training stopped after " + history.size() + " epochs (" + steps + " steps).";
            case DIVERGED -> divergence.message();
        };
    }
}
