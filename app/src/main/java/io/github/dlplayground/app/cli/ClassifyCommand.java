package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.digits.Classification;
import io.github.dlplayground.engine.digits.DigitModels;
import io.github.dlplayground.engine.digits.DrawingClassifier;
import io.github.dlplayground.engine.digits.ImageFiles;
import io.github.dlplayground.engine.digits.InkImage;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.NetworkFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code classify}: reads a drawing from an image file, preprocesses it exactly as the drawing lesson does
 * (bounding box → fit 20×20 → centre of mass at the centre of 28×28) and prints the predicted class and the
 * probabilities of every class. {@code --model digits} uses the default digit model, training it first when
 * it is not cached yet (progress on stderr).
 */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classifies a drawing (PNG, JPEG, GIF or BMP; dark ink on light paper or light on dark)",
            "with the default digit model or a saved model whose input is 1×28×28."})
public final class ClassifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "digits|FILE",
            description = "digits (the default digit model, trained on first use) or a model file")
    String model;

    @Option(names = "--image", required = true, paramLabel = "FILE", description = "the drawing to classify")
    Path image;

    @Option(names = "--json", description = "print {\"prediction\", \"label\", \"probabilities\"} as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InkImage drawing = ImageFiles.read(image);
        ModelFiles.Loaded loaded = load(err);
        DrawingClassifier classifier = DigitModels.classifier(loaded, modelName());
        Classification result = classifier.classify(drawing);
        if (result.probabilities() == null) {
            throw new IllegalArgumentException("image " + image + " holds no drawing: every pixel has the colour of"
                    + " the paper — give an image with a dark drawing on light paper (or light on dark)");
        }
        List<String> names = DigitModels.classNames(DigitModels.dataset(loaded), classifier.classCount(), "en");
        if (json) {
            printJson(out, result, names);
        } else {
            printTable(out, result, names);
        }
        return 0;
    }

    private String modelName() {
        return model.equals("digits") ? "the default digit model" : model;
    }

    private ModelFiles.Loaded load(PrintWriter err) throws IOException {
        if (model.equals("digits")) {
            Path folder = DigitModels.cacheFolder();
            return DigitModels.loadOrTrainDefault(folder, new TrainingProgress(err, folder), () -> false);
        }
        try {
            return ModelFiles.read(Path.of(model));
        } catch (NetworkFileException e) {
            throw new IOException("model " + e.getMessage(), e);
        }
    }

    private static void printJson(PrintWriter out, Classification result, List<String> names) {
        var mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("prediction", result.prediction());
        root.put("label", names.get(result.prediction()));
        ArrayNode probabilities = root.putArray("probabilities");
        for (float p : result.probabilities()) {
            probabilities.add(p);
        }
        out.println(root);
    }

    private static void printTable(PrintWriter out, Classification result, List<String> names) {
        int best = result.prediction();
        out.printf(Locale.ROOT, "prediction: %s (%.1f %%)%n", names.get(best), 100 * result.probabilities()[best]);
        int width = names.stream().mapToInt(String::length).max().orElse(1);
        for (int i = 0; i < names.size(); i++) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %5.1f %%%s%n", names.get(i), 100 * result.probabilities()[i],
                    i == best ? "  <" : "");
        }
    }

    /** Training progress of the default digit model, one line per epoch on stderr. */
    private record TrainingProgress(PrintWriter err, Path folder) implements
            io.github.dlplayground.engine.digits.DigitTraining.Listener {
        @Override
        public void preparing() {
            err.println("training the default digit model on the sample MNIST digits (first use only; saved in "
                    + folder + ")");
        }

        @Override
        public void batchDone(int epoch, int epochs, int batch, int batches, double loss) {
            // one line per epoch is enough on a terminal and in a log
        }

        @Override
        public void epochDone(io.github.dlplayground.engine.train.EpochMetrics m, int epochs) {
            err.printf(Locale.ROOT, "  epoch %d/%d: loss %.3f, test accuracy %.1f %% (%.1f s)%n", m.epoch(), epochs,
                    m.trainLoss(), 100 * m.evalAccuracy(), m.seconds() + m.evalSeconds());
        }
    }
}
