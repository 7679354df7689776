package io.github.dlplayground.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The subsets shipped with the app: {@code /sample-data/<dataset>/<file>.gz} on the classpath (inside the
 * jar), or else a {@code sample-data} folder — the one named by the system property
 * {@code dlplayground.sampleData}, or the first found walking up from the working directory (runs from
 * the source tree).
 */
public final class SampleData {
    /** System property naming the sample-data folder explicitly. */
    public static final String FOLDER_PROPERTY = "dlplayground.sampleData";

    private final Path folder;
    private final boolean useClasspath;

    private SampleData(Path folder, boolean useClasspath) {
        this.folder = folder;
        this.useClasspath = useClasspath;
    }

    /** Classpath first, then the folder from the property or the working directory's ancestors. */
    public static SampleData standard() {
        String property = System.getProperty(FOLDER_PROPERTY);
        Path folder = property != null ? Path.of(property) : searchUpwards(Path.of("").toAbsolutePath());
        return new SampleData(folder, true);
    }

    /** Only the given folder (tests). */
    public static SampleData fromFolder(Path folder) {
        return new SampleData(folder, false);
    }

    /** Loads the training and test subsets of a dataset. */
    public LoadedData load(DatasetKind kind) throws DataException {
        String prefix = "/sample-data/" + kind.folderName() + "/";
        if (useClasspath && SampleData.class.getResource(prefix + IdxFiles.NAMES.get(0) + ".gz") != null) {
            Dataset[] parts = loadFromClasspath(kind, prefix);
            return new LoadedData(parts[0], parts[1], source(kind, "classpath:" + prefix, parts));
        }
        if (folder != null) {
            Path dir = folder.resolve(kind.folderName());
            var files = IdxFiles.findAll(dir);
            if (files != null) {
                Dataset[] parts = IdxFiles.load(kind, files);
                return new LoadedData(parts[0], parts[1], source(kind, dir.toString(), parts));
            }
        }
        throw missing(kind);
    }

    private DataException missing(DatasetKind kind) {
        String prefix = "/sample-data/" + kind.folderName() + "/";
        return new DataException("the " + kind.displayName("en") + " sample shipped with the app is missing (looked in "
                + (useClasspath ? "the classpath at " + prefix + " and " : "")
                + (folder == null ? "no sample-data folder" : folder.resolve(kind.folderName()).toString())
                + ") — reinstall the app or set -D" + FOLDER_PROPERTY + "=DIR");
    }

    /** Where the sample is and its counts from the file headers, without reading the images. */
    public DataSource locate(DatasetKind kind) throws DataException {
        String prefix = "/sample-data/" + kind.folderName() + "/";
        if (useClasspath && SampleData.class.getResource(prefix + IdxFiles.NAMES.get(0) + ".gz") != null) {
            int[] counts = new int[2];
            for (int part = 0; part < 2; part++) {
                String name = prefix + IdxFiles.NAMES.get(2 * part) + ".gz";
                try (InputStream in = resource(name)) {
                    counts[part] = IdxReader.announcedCount(in, name);
                } catch (DataException e) {
                    throw e;
                } catch (IOException e) {
                    throw new DataException(name + " cannot be read: " + e.getMessage(), e);
                }
            }
            return new DataSource(kind, DataSource.Kind.SAMPLE, "classpath:" + prefix, counts[0], counts[1],
                    java.util.List.of());
        }
        if (folder != null) {
            Path dir = folder.resolve(kind.folderName());
            var files = IdxFiles.findAll(dir);
            if (files != null) {
                return new DataSource(kind, DataSource.Kind.SAMPLE, dir.toString(),
                        IdxReader.announcedCount(files.get(0)), IdxReader.announcedCount(files.get(2)), java.util.List.of());
            }
        }
        throw missing(kind);
    }

    private static DataSource source(DatasetKind kind, String location, Dataset[] parts) {
        return new DataSource(kind, DataSource.Kind.SAMPLE, location, parts[0].size(), parts[1].size(),
                java.util.List.of());
    }

    private static Dataset[] loadFromClasspath(DatasetKind kind, String prefix) throws DataException {
        IdxReader.Images[] images = new IdxReader.Images[2];
        byte[][] labels = new byte[2][];
        for (int part = 0; part < 2; part++) {
            String imagesName = prefix + IdxFiles.NAMES.get(2 * part) + ".gz";
            String labelsName = prefix + IdxFiles.NAMES.get(2 * part + 1) + ".gz";
            try (InputStream in = resource(imagesName)) {
                images[part] = IdxReader.readImages(in, imagesName);
            } catch (DataException e) {
                throw e;
            } catch (IOException e) {
                throw new DataException(imagesName + " cannot be read: " + e.getMessage(), e);
            }
            try (InputStream in = resource(labelsName)) {
                labels[part] = IdxReader.readLabels(in, labelsName);
            } catch (DataException e) {
                throw e;
            } catch (IOException e) {
                throw new DataException(labelsName + " cannot be read: " + e.getMessage(), e);
            }
        }
        String trainImages = prefix + IdxFiles.NAMES.get(0) + ".gz";
        String testImages = prefix + IdxFiles.NAMES.get(2) + ".gz";
        Dataset train = Dataset.of(kind, "train", images[0], labels[0], trainImages, prefix + IdxFiles.NAMES.get(1) + ".gz");
        Dataset test = Dataset.of(kind, "test", images[1], labels[1], testImages, prefix + IdxFiles.NAMES.get(3) + ".gz");
        IdxFiles.checkSameSize(train, test, testImages);
        return new Dataset[] {train, test};
    }

    private static InputStream resource(String name) throws DataException {
        InputStream in = SampleData.class.getResourceAsStream(name);
        if (in == null) {
            throw new DataException(name + " is missing from the app's sample data — reinstall the app");
        }
        return in;
    }

    private static Path searchUpwards(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("sample-data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
