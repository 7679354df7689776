package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkFiles;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code train --preset NAME | --network FILE [options]}: trains a network on Fashion-MNIST (or MNIST digits)
 * with the file's training settings, overridden by the options; prints a table of epochs (with a progress bar
 * on a terminal) or, with {@code --json}, one JSON object per epoch and a final one; saves the model. Bad input
 * is one "error:" line and exit code 1.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network on Fashion-MNIST and save the model.",
        footer = "%nPresets: softmax, mlp, mlp-dropout, lenet, lenet-relu, lenet-bn (the book's networks and settings)."
                + "%nOptimizers: sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam.")
public final class TrainCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", required = true, description = "A preset network.")
        String preset;

        @Option(names = "--network", paramLabel = "FILE", required = true, description = "A network file (JSON).")
        Path network;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training set.")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Minibatch size.")
    Integer batch;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate.")
    Double lr;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "Optimizer (its PyTorch defaults unless --lr).")
    String optimizer;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of weights, shuffling and dropout.")
    Long seed;

    @Option(names = "--train-size", paramLabel = "N", description = "Use only N training examples (0: all).")
    Integer trainSize;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "fashion-mnist",
            description = "fashion-mnist (default) or mnist.")
    String dataset;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: NAME.model.json).")
    Path out;

    @Option(names = "--json", description = "One JSON object per epoch and a final one.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        NetworkFile file = source.preset != null ? Presets.load(source.preset) : NetworkFiles.read(source.network);
        String name = source.preset != null ? source.preset : baseName(source.network);
        TrainingConfig config = overridden(file.training());
        DatasetKind kind = TrainDataLoader.dataset(dataset);
        MatrixBackend matrix = dataOptions.backend();
        LoadedData loaded = dataOptions.load(kind, stderr);
        NetworkSpec network = file.network();
        checkFits(network, loaded, name);
        Sequential net = NetworkBuilder.build(network, config.init(), config.seed());
        // With cuda the network lives on the GPU during training; the host copy evaluates on the CPU.
        boolean gpu = matrix.name().equals("cuda");
        net.useBackend(gpu ? Backends.defaultBackend() : matrix);
        PrintWriter info = json ? stderr : stdout;
        SpecReport report = network.validate();
        TrainDataLoader.describe(loaded, info);
        info.printf(Locale.ROOT, "%s: %,d parameters, %,d FLOPs per image; %s lr %s, batch %d, %d epochs, init %s, seed %d;"
                        + " backend %s%n", network.name().isEmpty() ? name : network.name(), report.parameterCount(),
                report.flops(), config.optimizer().displayName(), config.lr(), config.batchSize(), config.epochs(),
                config.init().jsonName(), config.seed(), matrix.name());
        info.flush();

        var mapper = json ? new ObjectMapper() : null;
        TrainingResult result;
        try (var trainer = new Trainer(net, config)) {
            String note = null;
            if (gpu) {
                note = trainer.trainOnGpu(network);
                info.println(note == null ? "training on the GPU: the network, its gradients and the optimizer state"
                        + " stay there; each minibatch goes up, its loss comes down" : note);
                info.flush();
            }
            result = trainer.fit(loaded.train(), loaded.test(), new TrainProgress(stdout, terminal, mapper));
            if (gpu && note == null && trainer.gpuNote() != null) {
                info.println(trainer.gpuNote());
            }
        }
        if (result.status() == TrainingResult.Status.DIVERGED) {
            finalLine(stdout, mapper, result, null);
            throw new IllegalStateException(result.message() + " (no model was saved)");
        }
        Path target = out != null ? out : Path.of(name + ".model.json");
        ModelFiles.write(target, ModelFile.of(network, config, net, loaded.source(), result.history(), result.finalTest()));
        finalLine(stdout, mapper, result, target);
        return 0;
    }

    private TrainingConfig overridden(TrainingConfig c) {
        TrainingConfig config = c;
        if (optimizer != null) {
            String kind = optimizer.trim().toLowerCase(Locale.ROOT);
            if (!kind.equals(config.optimizer().kind())) {
                config = config.withOptimizer(OptimizerConfig.defaults(kind));
            }
        }
        if (lr != null) {
            config = config.withOptimizer(config.optimizer().withLr(lr));
        }
        if (Double.isNaN(config.lr())) {
            throw new IllegalArgumentException("optimizer " + config.optimizer().kind()
                    + " has no default learning rate: add --lr, e.g. --lr 0.1");
        }
        config = epochs != null ? config.withEpochs(epochs) : config;
        config = batch != null ? config.withBatchSize(batch) : config;
        config = seed != null ? config.withSeed(seed) : config;
        config = trainSize != null ? config.withTrainingSetSize(trainSize) : config;
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).replace("batch_size", "--batch")
                    .replace("epochs must", "--epochs must").replace("training_set_size", "--train-size"));
        }
        return config;
    }

    /** The network must take the dataset's images and give one output per class. */
    private static void checkFits(NetworkSpec network, LoadedData data, String name) {
        Shape images = Shape.of(1, data.train().rows(), data.train().cols());
        if (!network.input().equals(images)) {
            throw new IllegalArgumentException(name + ": input_shape " + network.inputShape() + " does not match the "
                    + images + " images of " + data.train().kind().displayName("en") + " — set input_shape to [1, "
                    + images.dim(1) + ", " + images.dim(2) + "]");
        }
        network.validate(data.train().classCount()).requireValid(name);
    }

    private static void finalLine(PrintWriter out, ObjectMapper mapper, TrainingResult result, Path model) {
        var test = result.finalTest();
        if (mapper != null) {
            ObjectNode line = mapper.createObjectNode();
            line.put("status", result.status().name().toLowerCase(Locale.ROOT));
            if (test != null) {
                line.put("test_acc", test.accuracy());
                line.put("test_loss", test.loss());
            } else {
                line.putNull("test_acc");
            }
            line.put("epochs", result.history().size());
            line.put("steps", result.steps());
            line.put("seconds", result.history().stream().mapToDouble(m -> m.seconds()).sum());
            if (model != null) {
                line.put("model", model.toString());
            } else {
                line.putNull("model");
            }
            if (result.divergence() != null) {
                line.put("message", result.message());
            }
            out.println(line.toString());
        } else if (model != null) {
            double seconds = result.history().stream().mapToDouble(m -> m.seconds()).sum();
            out.printf(Locale.ROOT, "test accuracy %.4f (%,d images), %d epochs in %.1f s; model saved to %s%n",
                    test.accuracy(), test.count(), result.history().size(), seconds, model);
        }
        out.flush();
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
