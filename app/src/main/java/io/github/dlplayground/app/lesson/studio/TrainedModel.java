package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;

import java.util.List;

/**
 * A network the studio trained (or loaded from a model file): its spec, settings, the runtime layers with their
 * weights, the epochs it went through, the last test evaluation (null when none) and its data. The layers belong
 * to the studio's training thread: read their weights only while no training runs.
 */
public record TrainedModel(NetworkSpec spec, TrainingConfig training, Sequential network, List<EpochMetrics> history,
                           Evaluation finalTest, DataSource data) {
    public TrainedModel {
        history = List.copyOf(history);
    }
}
