package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.export.MetricsCsv;
import io.github.dlplayground.engine.export.PytorchScript;
import io.github.dlplayground.engine.model.DataInfo;
import io.github.dlplayground.engine.spec.AtomicFiles;
import io.github.dlplayground.engine.spec.SpecException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the exports of a run: the PyTorch program (.py), the notebook (.ipynb), the two PNG images (training
 * curves, confusion matrix) into a folder, and the metrics (.csv). Every file is written atomically (a temporary
 * file in the same folder, then a rename), so an existing file is replaced only by a complete new one; a failure
 * is an {@link ExportException} with one sentence naming the path. Blocking: call it off the UI thread.
 */
public final class Exporter {
    /** The file names written by {@link #images}. */
    public static final String CURVES_PNG = "curves.png";
    public static final String CONFUSION_PNG = "confusion-matrix.png";

    private Exporter() {
    }

    /** The PyTorch program of the run. */
    public static PytorchScript script(ExportRun run) throws ExportException {
        try {
            return PytorchScript.of(run.spec(), run.training(), run.dataset(), run.dataFolder());
        } catch (SpecException e) {
            throw new ExportException(run.name() + ": " + e.getMessage(), e);
        }
    }

    public static Path pytorch(ExportRun run, Path out) throws ExportException {
        String python = script(run).toPython(docstring(run));
        write(out, python.getBytes(StandardCharsets.UTF_8), ".py");
        return out;
    }

    public static Path notebook(ExportRun run, ExportTexts texts, Path out) throws ExportException {
        requireTest(run);
        byte[] curves = CurvesImage.png(run.name(), run.history(), texts);
        byte[] confusion = confusionPng(run, texts);
        byte[] json = HomeworkNotebook.build(run, script(run), texts, LocalDate.now(), curves, confusion).toJson();
        write(out, json, ".ipynb");
        return out;
    }

    /** Writes {@link #CURVES_PNG} and {@link #CONFUSION_PNG} into {@code folder} (made when missing). */
    public static List<Path> images(ExportRun run, ExportTexts texts, Path folder) throws ExportException {
        requireTest(run);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(folder + " is a file, not a folder: give a folder for the two PNG images");
        }
        Path curves = folder.resolve(CURVES_PNG);
        Path confusion = folder.resolve(CONFUSION_PNG);
        byte[] curvesPng = CurvesImage.png(run.name(), run.history(), texts);
        byte[] confusionPng = confusionPng(run, texts);
        write(curves, curvesPng, ".png");
        write(confusion, confusionPng, ".png");
        return List.of(curves, confusion);
    }

    public static Path csv(ExportRun run, Path out) throws ExportException {
        write(out, MetricsCsv.of(run.history()).getBytes(StandardCharsets.UTF_8), ".csv");
        return out;
    }

    private static byte[] confusionPng(ExportRun run, ExportTexts texts) {
        return ConfusionImage.png(run.name(), run.test().confusion(), run.dataset().classNames(texts.language()), texts);
    }

    private static void requireTest(ExportRun run) throws ExportException {
        if (run.test() == null) {
            throw new ExportException(run.name() + ": the test results are unknown, so there is no confusion matrix"
                    + " to show — train the network or export from its model file");
        }
    }

    private static void write(Path out, byte[] content, String suffix) throws ExportException {
        if (Files.isDirectory(out)) {
            throw new ExportException(out + " is a folder: give a file name such as " + out.resolve("network" + suffix));
        }
        try {
            Set<PosixFilePermission> earlier = permissions(out);
            AtomicFiles.write(out, content);
            // the temporary file was private to its owner; an export is meant to be shared
            if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(out, earlier != null ? earlier : PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException e) {
            throw new ExportException(out + " cannot be written: " + reason(e) + " — any earlier file is unchanged", e);
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                    : "the file system refused it (" + e.getClass().getSimpleName() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String docstring(ExportRun run) {
        var sb = new StringBuilder();
        String dataset = run.dataset().displayName("en");
        sb.append(run.name()).append(" on ").append(dataset).append(", exported from DL Playground on ")
                .append(LocalDate.now()).append(".\n\n");
        sb.append("Trains the network designed in DL Playground with PyTorch: the same layers, weight initialisation,\n"
                + "optimizer, hyperparameters, batch size, epochs, learning-rate schedule and data files. Needs only\n"
                + "Python 3, PyTorch and NumPy, and uses a CUDA GPU when there is one.\n");
        if (!run.history().isEmpty()) {
            sb.append("\nIn the app the network trained for ").append(run.history().size()).append(" epochs");
            var last = run.history().get(run.history().size() - 1);
            sb.append(String.format(Locale.ROOT, " and ended with %s accuracy %.4f",
                    "validation".equals(last.evaluatedOn()) ? "validation" : "test", last.evalAccuracy()));
            if (run.test() != null) {
                sb.append(String.format(Locale.ROOT, " (test accuracy %.4f on %,d images)", run.test().accuracy(),
                        run.test().count()));
            }
            sb.append(".\n");
        }
        DataInfo data = run.trainedOn();
        if (data != null) {
            sb.append(String.format(Locale.ROOT, "The app's run used %,d training and %,d test images ", data.trainCount(),
                    data.testCount()));
            sb.append(ExportData.SAMPLE.equals(data.source()) ? "(the subset shipped with the app).\n"
                    : "from " + data.location() + ".\n");
        }
        sb.append("The two programs draw different random numbers (weights, shuffling, dropout), so expect about the\n"
                + "same accuracy, not the same digits.");
        return sb.toString();
    }
}
