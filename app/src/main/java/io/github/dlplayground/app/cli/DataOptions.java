package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The options of the commands that read a dataset and compute on it: the folder of the IDX files, whether the
 * dataset may be downloaded, and the matrix backend. Used as a picocli mixin.
 */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding the four IDX files.")
    Path data;

    @Option(names = "--no-download", description = "Never download the dataset.")
    boolean noDownload;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "auto",
            description = "Matrix backend: auto, openblas, jblas, java, or cuda (an NVIDIA GPU; auto never picks it).")
    String backend;

    /** The backend named by --backend, or an error naming the ones available. */
    MatrixBackend backend() {
        return Backends.select(backend);
    }

    /** Loads the dataset (progress and notes on {@code err}; a progress bar on a terminal). */
    LoadedData load(DatasetKind kind, PrintWriter err) throws IOException {
        return TrainDataLoader.load(kind, data, !noDownload, err, System.console() != null);
    }
}
