package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.LrSchedule;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.train.Evaluation;
import io.github.dlplayground.engine.train.Evaluator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The default digit model: a small CNN (conv 12@5×5 pad 2 → ReLU → max-pool 2 → conv 24@5×5 → ReLU →
 * max-pool 2 → 600 → 64 → 10; 46,650 parameters) trained with {@link DigitTraining} on the sample MNIST digits
 * the first time it is needed, then kept as a model file in the cache folder and read from there. Fine-tuned
 * copies go to a file of their own, so the default model is never overwritten by them.
 */
public final class DigitModels {
    /** System property naming the cache folder (tests point it at a temporary folder). */
    public static final String CACHE_PROPERTY = "dlplayground.cacheDir";
    /** The default model's file; the version changes whenever the recipe does, so stale caches are not used. */
    public static final String DEFAULT_FILE = "digits-cnn-v2.model.json";
    /** The copy fine-tuned on the user's drawings. */
    public static final String PERSONAL_FILE = "digits-personal.model.json";

    private DigitModels() {
    }

    /** The property's folder, else {@code $XDG_CACHE_HOME/dlplayground} or {@code ~/.cache/dlplayground}. */
    public static Path cacheFolder() {
        String property = System.getProperty(CACHE_PROPERTY);
        return property != null && !property.isBlank() ? Path.of(property) : DataSources.defaultCacheFolder();
    }

    /** The default network as a spec (what the model file stores). */
    public static NetworkSpec defaultSpec() {
        return new NetworkSpec("Digit CNN", NetworkSpec.MNIST_INPUT, List.of(
                new Conv2dSpec(1, 12, 5, 2), new ReluSpec(), new MaxPool2dSpec(2),
                new Conv2dSpec(12, 24, 5, 0), new ReluSpec(), new MaxPool2dSpec(2),
                new FlattenSpec(), new LinearSpec(600, 64), new ReluSpec(), new LinearSpec(64, 10)));
    }

    /**
     * The cached default model, or — when there is none or it cannot be read — a freshly trained one, saved to
     * the cache folder before it is returned. One training at a time per process. Blocking: call it off the
     * UI thread. {@code stop} cancels the training (an IOException says so).
     */
    public static synchronized ModelFiles.Loaded loadOrTrainDefault(Path folder, DigitTraining.Listener listener,
                                                                   BooleanSupplier stop) throws IOException {
        Path file = folder.resolve(DEFAULT_FILE);
        if (Files.isRegularFile(file)) {
            try {
                return ModelFiles.read(file);
            } catch (NetworkFileException e) {
                // a damaged cache is replaced by a new training run
            }
        }
        LoadedData data = sampleDigits();
        DigitTraining.Settings settings = DigitTraining.Settings.standard();
        Sequential network = NetworkBuilder.build(defaultSpec(), WeightInit.DEFAULT, settings.seed());
        network.computeInputGradient(false);
        DigitTraining.Result result = DigitTraining.train(network, data.train(), data.test(), settings, listener, stop);
        if (result.stopped()) {
            throw new IOException("training of the digit model was stopped before it finished");
        }
        Evaluation test = Evaluator.evaluate(network, data.test());
        ModelFile model = ModelFile.of(defaultSpec(), trainingConfig(settings), network, data.source(),
                result.history(), test);
        Files.createDirectories(folder);
        ModelFiles.write(file, model);
        return new ModelFiles.Loaded(model, network);
    }

    /**
     * A classifier for drawings from a loaded model: Fashion-MNIST models get Fashion-MNIST's preprocessing,
     * every other model MNIST's. Throws IllegalArgumentException naming {@code name} when the model cannot
     * read a 1×28×28 drawing.
     */
    public static DrawingClassifier classifier(ModelFiles.Loaded loaded, String name) {
        DatasetKind kind = dataset(loaded);
        Preprocessing preprocessing = kind == DatasetKind.FASHION_MNIST ? Preprocessing.FASHION_MNIST
                : Preprocessing.MNIST;
        return new DrawingClassifier(name, loaded.network().layers(), preprocessing);
    }

    /** The dataset a model was trained on, or null when the file does not say or names another one. */
    public static DatasetKind dataset(ModelFiles.Loaded loaded) {
        return loaded.file().data() == null ? null : DatasetKind.fromFolderName(loaded.file().data().dataset());
    }

    /** Names of a model's classes in a language ("en", "zh"): the dataset's, or "0", "1", … when unknown. */
    public static List<String> classNames(DatasetKind kind, int classes, String language) {
        if (kind != null && kind.classCount() == classes) {
            return kind.classNames(language);
        }
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < classes; i++) {
            names.add(String.valueOf(i));
        }
        return List.copyOf(names);
    }

    /**
     * Fine-tunes a copy of {@code base} (a digit model) on the user's examples and saves it as {@link #PERSONAL_FILE}
     * in {@code folder}; {@code base} itself and the default model's file are left as they are.
     */
    public static FineTuned fineTunePersonal(ModelFiles.Loaded base, List<FineTuning.Example> examples,
                                             Path folder, FineTuning.Listener listener) throws IOException {
        ModelFile baseFile = base.file();
        Sequential copy = baseFile.buildNetwork();
        copy.computeInputGradient(false);
        LoadedData data = sampleDigits();
        FineTuning.Settings settings = FineTuning.Settings.standard();
        FineTuning.Result result = FineTuning.run(copy, examples, data.train(), settings, listener);
        Evaluation test = Evaluator.evaluate(copy, data.test());
        ModelFile tuned = ModelFile.of(baseFile.network().withName(baseFile.network().name() + " (fine-tuned)"),
                baseFile.training(), copy, data.source(), baseFile.history(), test);
        Files.createDirectories(folder);
        Path file = folder.resolve(PERSONAL_FILE);
        ModelFiles.write(file, tuned);
        return new FineTuned(new ModelFiles.Loaded(tuned, copy), result, file);
    }

    /** A fine-tuned copy, how the loss on the personal examples changed, and where it was saved. */
    public record FineTuned(ModelFiles.Loaded model, FineTuning.Result result, Path file) {
    }

    /** The MNIST digits shipped with the app (9,000 for training, 1,000 held out for testing). */
    public static LoadedData sampleDigits() throws IOException {
        try {
            return SampleData.standard().load(DatasetKind.MNIST);
        } catch (DataException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** What the model file records of the recipe (Adam, batch, epochs, cosine decay over the run). */
    static TrainingConfig trainingConfig(DigitTraining.Settings s) {
        return new TrainingConfig(OptimizerConfig.defaults("adam").withLr(s.learningRate()), s.batchSize(),
                s.epochs(), new LrSchedule.Cosine(0), WeightInit.DEFAULT, s.seed(), 0, 0);
    }
}
