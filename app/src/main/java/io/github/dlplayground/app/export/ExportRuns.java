package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.model.DataInfo;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;
import io.github.dlplayground.engine.train.Evaluator;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds {@link ExportRun}s: from a model file (read and checked by the engine; with {@code evaluate}, the saved
 * network is run over the test set of its data to get the confusion matrix), or from a network the studio has
 * just trained, whose test evaluation it already holds. Blocking: call it off the UI thread.
 */
public final class ExportRuns {
    private ExportRuns() {
    }

    /**
     * Reads {@code model}; {@code dataFolder} (may be null) replaces the data folder the model was trained from.
     * A corrupt file, a newer format version or missing data is one sentence in an {@link ExportException}.
     */
    public static ExportRun fromModelFile(Path model, Path dataFolder, boolean evaluate) throws ExportException {
        ModelFiles.Loaded loaded;
        try {
            loaded = ModelFiles.read(model);
        } catch (NetworkFileException e) {
            throw new ExportException(e.getMessage(), e);
        }
        ModelFile file = loaded.file();
        DatasetKind kind = dataset(file.data(), model);
        String name = file.network().name().isBlank() ? baseName(model) : file.network().name();
        var run = new ExportRun(name, file.network(), file.training(), file.history(), null, kind, file.data(), null,
                ExportData.scriptFolder(kind, file.data(), dataFolder));
        return evaluate ? evaluate(run, loaded.network(), dataFolder, model) : run;
    }

    /** A network the app trained: its evaluation on the test set of {@code data} is {@code test} (may be null). */
    public static ExportRun ofTrained(NetworkSpec spec, TrainingConfig training, List<EpochMetrics> history,
                                      Evaluation test, DataSource data) {
        DataInfo info = data == null ? null : DataInfo.of(data);
        DatasetKind kind = data == null ? DatasetKind.FASHION_MNIST : data.dataset();
        return new ExportRun(spec.name(), spec, training, history, test, kind, info, null,
                ExportData.scriptFolder(kind, info, null));
    }

    private static ExportRun evaluate(ExportRun run, Sequential network, Path dataFolder, Path model)
            throws ExportException {
        LoadedData data;
        try {
            data = ExportData.load(run.dataset(), run.trainedOn(), dataFolder);
        } catch (DataException e) {
            throw new ExportException(e.getMessage(), e);
        }
        Shape input = run.spec().input();
        Shape images = Shape.of(1, data.test().rows(), data.test().cols());
        if (input.size() != images.size()) {
            throw new ExportException(model + ": the network takes " + input + " inputs but the "
                    + run.dataset().displayName("en") + " images are " + data.test().rows() + "×" + data.test().cols());
        }
        network.useBackend(Backends.select("auto"));
        Evaluation test = Evaluator.evaluate(network, data.test());
        return run.withTest(test, data.source());
    }

    private static DatasetKind dataset(DataInfo info, Path model) throws ExportException {
        if (info == null || info.dataset() == null) {
            return DatasetKind.FASHION_MNIST;
        }
        DatasetKind kind = DatasetKind.fromFolderName(info.dataset());
        if (kind == null) {
            throw new ExportException(model + ": data.dataset '" + info.dataset()
                    + "' is not a dataset of this app; use fashion-mnist or mnist");
        }
        return kind;
    }

    private static String baseName(Path model) {
        String n = model.getFileName().toString();
        for (String suffix : new String[] {".model.json", ".json"}) {
            if (n.endsWith(suffix)) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }
}
