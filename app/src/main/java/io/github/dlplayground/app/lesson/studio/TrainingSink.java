package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.train.TrainingEvent;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.dropout.DropoutSnapshot;

/**
 * Where a {@link TrainingProbe} delivers what it measured. Called on the training thread; an implementation hands
 * the values to the FX thread (the probe already limits the rate of the frequent ones).
 */
interface TrainingSink {
    void started(TrainingEvent.Started event);

    /** At most 30 times a second: where training stands, and the batches finished since the last call. */
    void progress(Progress progress, double[][] batches);

    void epoch(EpochReport report);

    /** At most a few times a second: per-layer statistics, kernels and the chosen image's feature maps. */
    void inside(InsideSnapshot snapshot);

    /** At most a few times a second, while a Dropout block is watched. */
    void dropout(DropoutSnapshot snapshot);

    void paused(boolean paused);

    void finished(TrainingResult result);
}
