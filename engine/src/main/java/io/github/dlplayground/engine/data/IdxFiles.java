package io.github.dlplayground.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four files of an MNIST-style dataset in one folder, raw or gzip, under the official names
 * (train-images-idx3-ubyte.gz …) or the dotted variant some unpackers write (train-images.idx3-ubyte).
 */
final class IdxFiles {
    /** Official base names: training images, training labels, test images, test labels. */
    static final List<String> NAMES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private IdxFiles() {
    }

    /** The existing file for a base name in the folder, or null. */
    static Path find(Path folder, String baseName) {
        String dotted = baseName.replaceFirst("-(idx[13])", ".$1");
        for (String candidate : List.of(baseName + ".gz", baseName, dotted + ".gz", dotted)) {
            Path p = folder.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** The four files in NAMES order, or null when any is missing. */
    static List<Path> findAll(Path folder) {
        List<Path> found = new ArrayList<>();
        for (String name : NAMES) {
            Path p = find(folder, name);
            if (p == null) {
                return null;
            }
            found.add(p);
        }
        return found;
    }

    /** The base names with no file in the folder. */
    static List<String> missing(Path folder) {
        List<String> missing = new ArrayList<>();
        for (String name : NAMES) {
            if (find(folder, name) == null) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Reads the four files of a folder into a training and a test dataset. */
    static Dataset[] load(DatasetKind kind, List<Path> files) throws DataException {
        Dataset train = Dataset.of(kind, "train", IdxReader.readImages(files.get(0)), IdxReader.readLabels(files.get(1)),
                files.get(0).toString(), files.get(1).toString());
        Dataset test = Dataset.of(kind, "test", IdxReader.readImages(files.get(2)), IdxReader.readLabels(files.get(3)),
                files.get(2).toString(), files.get(3).toString());
        checkSameSize(train, test, files.get(2).toString());
        return new Dataset[] {train, test};
    }

    static void checkSameSize(Dataset train, Dataset test, String testName) throws DataException {
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new DataException(testName + " holds images of " + test.rows() + "×" + test.cols()
                    + " but the training images are " + train.rows() + "×" + train.cols()
                    + " — the files come from different datasets");
        }
    }
}
