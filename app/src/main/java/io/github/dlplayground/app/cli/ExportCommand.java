package io.github.dlplayground.app.cli;

import io.github.dlplayground.app.export.ExportRun;
import io.github.dlplayground.app.export.ExportRuns;
import io.github.dlplayground.app.export.ExportTexts;
import io.github.dlplayground.app.export.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code export --model FILE (--pytorch OUT.py | --notebook OUT.ipynb | --png DIR | --csv OUT.csv)…}: writes a
 * saved model as a PyTorch program, a Jupyter notebook (hyperparameters, architecture, code, the app's results),
 * PNG images of its training curves and confusion matrix, or its per-epoch metrics as CSV; several at once are
 * fine. The notebook and the images need the test evaluation, so the model is run over the test set of the data
 * it was trained on ({@code --data DIR} to use another folder). A corrupt model, a newer format or an unwritable
 * path is one "error:" line and exit code 1, with nothing written; files are replaced only when complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a saved model as PyTorch code, a Jupyter notebook, PNG images or CSV.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "FILE", required = true, description = "A model file written by train or the studio.")
    Path model;

    @Option(names = "--pytorch", paramLabel = "OUT.py", description = "Write the PyTorch program.")
    Path pytorch;

    @Option(names = "--notebook", paramLabel = "OUT.ipynb", description = "Write a Jupyter notebook (nbformat 4.5).")
    Path notebook;

    @Option(names = "--png", paramLabel = "DIR", description = "Write curves.png and confusion-matrix.png into DIR.")
    Path png;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Write the metrics of every epoch as CSV.")
    Path csv;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "Language of the notebook and the images: en (default) or zh.")
    String lang;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding the four IDX files, for the test evaluation and the program's DATA_DIR.")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (pytorch == null && notebook == null && png == null && csv == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give at least one of --pytorch, --notebook, --png, --csv");
        }
        ExportTexts texts;
        try {
            texts = ExportTexts.of(lang);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter out = spec.commandLine().getOut();
        ExportRun run = ExportRuns.fromModelFile(model, data, notebook != null || png != null);
        if (run.testSource() != null && run.trainedOn() != null
                && run.testSource().testCount() != run.trainedOn().testCount()) {
            spec.commandLine().getErr().printf("note: the model was tested on %,d images from %s in the app; those were"
                            + " not found here, so the results are for %s%n", run.trainedOn().testCount(),
                    run.trainedOn().location(), run.testSource().describe());
        }
        if (pytorch != null) {
            out.println("wrote " + Exporter.pytorch(run, pytorch) + " (PyTorch program, DATA_DIR " + run.dataFolder() + ")");
        }
        if (notebook != null) {
            out.println("wrote " + Exporter.notebook(run, texts, notebook) + " (Jupyter notebook)");
        }
        if (png != null) {
            for (Path p : Exporter.images(run, texts, png)) {
                out.println("wrote " + p);
            }
        }
        if (csv != null) {
            out.println("wrote " + Exporter.csv(run, csv) + " (" + run.history().size() + " epochs)");
        }
        out.flush();
        return 0;
    }
}
