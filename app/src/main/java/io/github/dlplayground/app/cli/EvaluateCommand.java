package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.train.ConfusionMatrix;
import io.github.dlplayground.engine.train.Evaluation;
import io.github.dlplayground.engine.train.Evaluator;
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
 * {@code evaluate --model FILE [--data DIR] [--json]}: runs a saved model over the test set of the dataset it
 * was trained on and prints test accuracy, accuracy per class and the confusion matrix (rows = true class,
 * columns = predicted), as text or one JSON object.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Test a saved model: accuracy, accuracy per class and the confusion matrix.")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "FILE", required = true, description = "A model file written by train.")
    Path model;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var matrix = dataOptions.backend();
        ModelFiles.Loaded loaded = ModelFiles.read(model);
        String datasetName = loaded.file().data() == null ? "fashion-mnist" : loaded.file().data().dataset();
        DatasetKind kind = TrainDataLoader.dataset(datasetName);
        LoadedData dataset = dataOptions.load(kind, spec.commandLine().getErr());
        var input = loaded.file().network().input();
        if (input.rank() != 3 || input.dim(1) != dataset.test().rows() || input.dim(2) != dataset.test().cols()) {
            throw new IllegalArgumentException(model + ": the network takes " + input + " inputs but the "
                    + kind.displayName("en") + " images are " + dataset.test().rows() + "×" + dataset.test().cols());
        }
        loaded.network().useBackend(matrix);
        Evaluation e = Evaluator.evaluate(loaded.network(), dataset.test());
        List<String> names = kind.classNames();
        if (json) {
            out.println(json(e, names, dataset, model));
        } else {
            text(out, e, names, dataset);
        }
        out.flush();
        return 0;
    }

    private static String json(Evaluation e, List<String> names, LoadedData dataset, Path model) {
        var mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("model", model.toString());
        root.put("data", dataset.source().describe());
        root.put("test_acc", e.accuracy());
        root.put("test_loss", e.loss());
        root.put("count", e.count());
        ArrayNode perClass = root.putArray("per_class");
        double[] acc = e.perClassAccuracy();
        for (int c = 0; c < acc.length; c++) {
            ObjectNode entry = perClass.addObject();
            entry.put("class", c);
            entry.put("name", names.get(c));
            entry.put("accuracy", acc[c]);
            entry.put("count", e.confusion().rowTotal(c));
        }
        ArrayNode confusion = root.putArray("confusion");
        for (long[] row : e.confusion().toTable()) {
            ArrayNode r = confusion.addArray();
            for (long v : row) {
                r.add(v);
            }
        }
        return root.toString();
    }

    private static void text(PrintWriter out, Evaluation e, List<String> names, LoadedData dataset) {
        TrainDataLoader.describe(dataset, out);
        out.printf(Locale.ROOT, "test accuracy %.4f, test loss %.4f (%,d images)%n%n", e.accuracy(), e.loss(), e.count());
        out.println("accuracy per class");
        double[] acc = e.perClassAccuracy();
        ConfusionMatrix m = e.confusion();
        for (int c = 0; c < acc.length; c++) {
            out.printf(Locale.ROOT, "  %d %-12s %.4f  (%d images)%n", c, names.get(c), acc[c], m.rowTotal(c));
        }
        out.println();
        out.println("confusion matrix (rows: true class, columns: predicted class)");
        var header = new StringBuilder("      ");
        for (int p = 0; p < m.classes(); p++) {
            header.append(String.format(Locale.ROOT, "%6d", p));
        }
        out.println(header);
        for (int a = 0; a < m.classes(); a++) {
            var row = new StringBuilder(String.format(Locale.ROOT, "%6d", a));
            for (int p = 0; p < m.classes(); p++) {
                row.append(String.format(Locale.ROOT, "%6d", m.count(a, p)));
            }
            out.println(row);
        }
    }
}
