package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.Downloader;
import io.github.dlplayground.engine.data.LoadedData;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a dataset for {@code train} and {@code evaluate}: {@code --data DIR} must hold it (else one error
 * line); without it the standard places are tried (cache, Debian package, download, sample). Download progress
 * goes to {@code err}, redrawn in place on a terminal, one line per file otherwise.
 */
final class TrainDataLoader {
    private TrainDataLoader() {
    }

    static DatasetKind dataset(String name) {
        DatasetKind kind = DatasetKind.fromFolderName(name);
        if (kind == null) {
            throw new IllegalArgumentException("unknown dataset '" + name + "'; choose fashion-mnist or mnist");
        }
        return kind;
    }

    /** Prints where the data came from, the notes on places tried before, and how to get the full set. */
    static void describe(LoadedData data, PrintWriter out) {
        out.println(data.source().describe());
        for (String note : data.source().notes()) {
            out.println("note: " + note);
        }
        String hint = data.source().fullSetHint("en");
        if (!hint.isEmpty()) {
            out.println(hint);
        }
        out.flush();
    }

    static LoadedData load(DatasetKind kind, Path dataFolder, boolean download, PrintWriter err, boolean terminal)
            throws IOException {
        var options = DataSources.Options.standard(dataFolder, dataFolder != null, download);
        return new DataSources(options).load(kind, new Downloader.Listener() {
            private long lastPrint;

            @Override
            public void progress(String file, long done, long total) {
                long now = System.nanoTime();
                boolean last = done == total;
                if (terminal) {
                    if (last || now - lastPrint > 100_000_000L) {
                        lastPrint = now;
                        err.printf(Locale.ROOT, "\rdownloading %s %6.1f / %.1f MB%s", file, done / 1e6, total / 1e6,
                                last ? "\n" : "");
                        err.flush();
                    }
                } else if (done == 0) {
                    err.printf(Locale.ROOT, "downloading %s (%.1f MB)%n", file, total / 1e6);
                    err.flush();
                }
            }
        });
    }
}
