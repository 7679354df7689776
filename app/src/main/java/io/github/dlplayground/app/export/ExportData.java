package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.model.DataInfo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an export finds its data: the test images to evaluate a saved model on (the folder the model was trained
 * from, the shipped sample when it was trained on that, else the standard places without downloading), and the
 * folder written into the PyTorch program (the user's choice, else where the app found the data; for the sample,
 * which lives inside the app, the source tree's sample-data folder when there is one, else Debian's package
 * folder). Blocking: call it off the UI thread.
 */
final class ExportData {
    static final String SAMPLE = "sample";
    static final String USER_FOLDER = "user_folder";

    private ExportData() {
    }

    /** The data to evaluate on; {@code folder} (the user's, may be null) must hold the files when given. */
    static LoadedData load(DatasetKind kind, DataInfo info, Path folder) throws DataException {
        if (folder != null) {
            return new DataSources(DataSources.Options.standard(folder, true, false)).load(kind, null);
        }
        if (info != null && SAMPLE.equals(info.source())) {
            return SampleData.standard().load(kind);
        }
        // a folder the user chose is tried first; the cache and Debian's package are standard places anyway
        Path trained = info != null && USER_FOLDER.equals(info.source()) ? directory(info.location()) : null;
        return new DataSources(DataSources.Options.standard(trained, false, false)).load(kind, null);
    }

    /** The folder for the program's DATA_DIR, absolute. */
    static String scriptFolder(DatasetKind kind, DataInfo info, Path folder) {
        if (folder != null) {
            return folder.toAbsolutePath().normalize().toString();
        }
        if (info != null && !SAMPLE.equals(info.source()) && info.location() != null
                && !info.location().startsWith("classpath:")) {
            Path trained = directory(info.location());
            return trained != null ? trained.toAbsolutePath().normalize().toString() : info.location();
        }
        Path sample = sampleFolder(kind);
        if (sample != null) {
            return sample.toAbsolutePath().normalize().toString();
        }
        return kind == DatasetKind.FASHION_MNIST ? DataSources.DEBIAN_FASHION_MNIST.toString()
                : DataSources.defaultCacheFolder().resolve(kind.folderName()).toString();
    }

    /** The sample-data folder of a dataset on disk: the system property's, else one above the working folder. */
    static Path sampleFolder(DatasetKind kind) {
        String property = System.getProperty(SampleData.FOLDER_PROPERTY);
        if (property != null) {
            Path p = Path.of(property).resolve(kind.folderName());
            return Files.isDirectory(p) ? p : null;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("sample-data").resolve(kind.folderName());
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path directory(String location) {
        if (location == null || location.startsWith("classpath:")) {
            return null;
        }
        try {
            Path p = Path.of(location);
            return Files.isDirectory(p) ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
