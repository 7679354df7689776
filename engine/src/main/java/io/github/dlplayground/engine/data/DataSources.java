package io.github.dlplayground.engine.data;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds a dataset, trying in order: the user's folder (setting or {@code --data DIR}); the user cache folder
 * ({@code $XDG_CACHE_HOME/dlplayground} or {@code ~/.cache/dlplayground}); Debian's package
 * dataset-fashion-mnist ({@code /usr/share/datasets/fashion-mnist}); a download of the official files into
 * the cache (when allowed and online); and last the subset shipped in sample-data. MNIST digits come from
 * the user's folder (subfolder {@code mnist}) or the sample. Files that are found but damaged are an error
 * (one sentence naming the file), never silently skipped. Blocking: call it off the UI thread.
 */
public final class DataSources {
    /** Official Fashion-MNIST location (Zalando Research). */
    public static final URI FASHION_MNIST_URL = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    /**
     * The official Fashion-MNIST files with their sizes and SHA-256 sums as published by TensorFlow Datasets
     * (url_checksums/fashion_mnist.txt); Zalando itself publishes MD5 sums of the same files.
     */
    public static final List<Downloader.RemoteFile> FASHION_MNIST_FILES = List.of(
            new Downloader.RemoteFile("train-images-idx3-ubyte.gz", 26_421_880,
                    "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84"),
            new Downloader.RemoteFile("train-labels-idx1-ubyte.gz", 29_515,
                    "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845"),
            new Downloader.RemoteFile("t10k-images-idx3-ubyte.gz", 4_422_102,
                    "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073"),
            new Downloader.RemoteFile("t10k-labels-idx1-ubyte.gz", 5_148,
                    "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"));

    /** Where Debian's dataset-fashion-mnist installs the files. */
    public static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    /**
     * Settings of a lookup.
     *
     * @param userFolder         the user's folder, or null
     * @param userFolderRequired true when the user named the folder for this run (--data): a folder without the
     *                           files is then an error instead of a note
     * @param cacheFolder        the cache root (datasets go in subfolders named after them)
     * @param systemFolders      where system packages put each dataset
     * @param download           false never touches the network
     * @param downloadBase       base URL of the official Fashion-MNIST files
     * @param downloadFiles      the files to fetch with their published sizes and sums
     * @param downloadTimeout    bound on connecting and on each read
     */
    public record Options(Path userFolder, boolean userFolderRequired, Path cacheFolder,
                          Map<DatasetKind, Path> systemFolders, boolean download, URI downloadBase,
                          List<Downloader.RemoteFile> downloadFiles, Duration downloadTimeout, SampleData sample) {
        /** The standard places; {@code userFolder} may be null. */
        public static Options standard(Path userFolder, boolean userFolderRequired, boolean download) {
            return new Options(userFolder, userFolderRequired, defaultCacheFolder(),
                    Map.of(DatasetKind.FASHION_MNIST, DEBIAN_FASHION_MNIST), download, FASHION_MNIST_URL,
                    FASHION_MNIST_FILES, Duration.ofSeconds(20), SampleData.standard());
        }
    }

    private final Options options;

    public DataSources(Options options) {
        this.options = options;
    }

    /** {@code $XDG_CACHE_HOME/dlplayground}, or {@code ~/.cache/dlplayground}. */
    public static Path defaultCacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dlplayground");
    }

    /** Loads the first source that has the dataset; {@code listener} hears download progress. */
    public LoadedData load(DatasetKind kind, Downloader.Listener listener) throws DataException {
        List<String> notes = new ArrayList<>();
        Found found = find(kind, notes);
        if (found != null) {
            return found.load(kind, notes);
        }
        if (options.download() && kind == DatasetKind.FASHION_MNIST && options.cacheFolder() != null) {
            LoadedData downloaded = download(kind, listener, notes);
            if (downloaded != null) {
                return downloaded;
            }
        }
        LoadedData sample = options.sample().load(kind);
        DataSource s = sample.source();
        return new LoadedData(sample.train(), sample.test(),
                new DataSource(kind, s.kind(), s.location(), s.trainCount(), s.testCount(), notes));
    }

    /**
     * The source {@link #load} would use without downloading, with counts read from the file headers only
     * (fast enough for {@code info} and a status line). Does not touch the network.
     */
    public DataSource locate(DatasetKind kind) throws DataException {
        List<String> notes = new ArrayList<>();
        Found found = find(kind, notes);
        if (found != null) {
            return new DataSource(kind, found.kind(), found.folder().toString(),
                    IdxReader.announcedCount(found.files().get(0)), IdxReader.announcedCount(found.files().get(2)), notes);
        }
        DataSource s = options.sample().locate(kind);
        return new DataSource(kind, s.kind(), s.location(), s.trainCount(), s.testCount(), notes);
    }

    /** A folder with all four files. */
    private record Found(DataSource.Kind kind, Path folder, List<Path> files) {
        LoadedData load(DatasetKind dataset, List<String> notes) throws DataException {
            Dataset[] parts = IdxFiles.load(dataset, files);
            return new LoadedData(parts[0], parts[1],
                    new DataSource(dataset, kind, folder.toString(), parts[0].size(), parts[1].size(), notes));
        }
    }

    private Found find(DatasetKind kind, List<String> notes) throws DataException {
        Found found = fromUserFolder(kind, notes);
        if (found == null && options.cacheFolder() != null) {
            found = inFolder(options.cacheFolder().resolve(kind.folderName()), DataSource.Kind.CACHE, notes);
        }
        Path system = options.systemFolders().get(kind);
        if (found == null && system != null) {
            found = inFolder(system, DataSource.Kind.SYSTEM_PACKAGE, notes);
        }
        return found;
    }

    private Found fromUserFolder(DatasetKind kind, List<String> notes) throws DataException {
        Path dir = options.userFolder();
        if (dir == null) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            if (options.userFolderRequired()) {
                throw new DataException("the data folder " + dir + " does not exist or is not a folder");
            }
            notes.add("your data folder " + dir + " does not exist");
            return null;
        }
        if (!Files.isReadable(dir)) {
            throw new DataException("the data folder " + dir + " cannot be read: permission denied");
        }
        for (Path candidate : userCandidates(kind, dir)) {
            Found found = inFolder(candidate, DataSource.Kind.USER_FOLDER, notes);
            if (found != null) {
                return found;
            }
        }
        String message = "the data folder " + dir + " holds no " + kind.displayName("en") + " files: expected "
                + String.join(", ", IdxFiles.NAMES) + " (raw or .gz) in " + describeCandidates(kind, dir);
        if (options.userFolderRequired()) {
            throw new DataException(message);
        }
        notes.add(message);
        return null;
    }

    /** Fashion-MNIST: the folder itself or a subfolder; MNIST only in a subfolder (the files share names). */
    static List<Path> userCandidates(DatasetKind kind, Path dir) {
        if (kind == DatasetKind.MNIST) {
            return List.of(dir.resolve("mnist"), dir.resolve("MNIST").resolve("raw"));
        }
        return List.of(dir, dir.resolve("fashion-mnist"), dir.resolve("FashionMNIST").resolve("raw"));
    }

    private static String describeCandidates(DatasetKind kind, Path dir) {
        return kind == DatasetKind.MNIST ? dir.resolve("mnist").toString()
                : dir + " or " + dir.resolve("fashion-mnist");
    }

    /** The folder's four files, or null (with a note when only some are there). */
    private static Found inFolder(Path dir, DataSource.Kind sourceKind, List<String> notes) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        var files = IdxFiles.findAll(dir);
        if (files == null) {
            List<String> missing = IdxFiles.missing(dir);
            if (missing.size() < IdxFiles.NAMES.size()) {
                notes.add(dir + " lacks " + String.join(", ", missing));
            }
            return null;
        }
        return new Found(sourceKind, dir, files);
    }

    private LoadedData download(DatasetKind kind, Downloader.Listener listener, List<String> notes) throws DataException {
        Path dir = options.cacheFolder().resolve(kind.folderName());
        try {
            new Downloader(options.downloadTimeout()).fetchAll(options.downloadBase(), options.downloadFiles(), dir, listener);
        } catch (DataException e) {
            notes.add(e.getMessage());
            return null;
        }
        Found found = inFolder(dir, DataSource.Kind.DOWNLOAD, notes);
        if (found == null) {
            notes.add("the download finished but " + dir + " does not hold the four files");
            return null;
        }
        return found.load(kind, notes);
    }
}
