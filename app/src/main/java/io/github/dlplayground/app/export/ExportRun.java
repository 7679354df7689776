package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.model.DataInfo;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;

import java.util.List;

/**
 * Everything an export needs about one trained network, all computed by the engine: the spec, the training
 * settings, the per-epoch history of the app's run, the test evaluation (confusion matrix included), the data it
 * was trained on and the folder the PyTorch program reads. Immutable.
 *
 * @param name       a name for titles and file names, never blank
 * @param test       the test-set evaluation, or null when unknown (then only code and CSV can be exported)
 * @param trainedOn  the data of the app's run, or null when the model file does not say
 * @param testSource where the test images of the evaluation came from, or null when they are those of the run
 * @param dataFolder the folder written into the program's DATA_DIR
 */
public record ExportRun(String name, NetworkSpec spec, TrainingConfig training, List<EpochMetrics> history,
                        Evaluation test, DatasetKind dataset, DataInfo trainedOn, DataSource testSource, String dataFolder) {
    public ExportRun {
        name = name == null || name.isBlank() ? "network" : name.strip();
        history = List.copyOf(history);
    }

    /** A file name base for a network name: runs of characters other than letters, digits, . _ - become "-". */
    public static String fileBase(String name) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "network" : base;
    }

    /** The same run with a test evaluation. */
    public ExportRun withTest(Evaluation evaluation, DataSource source) {
        return new ExportRun(name, spec, training, history, evaluation, dataset, trainedOn, source, dataFolder);
    }
}
