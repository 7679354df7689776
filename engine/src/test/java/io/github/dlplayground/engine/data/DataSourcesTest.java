package io.github.dlplayground.engine.data;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSourcesTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final Map<String, byte[]> served = new HashMap<>();
    /** File name → bytes actually sent before the connection is dropped (Content-Length stays the full size). */
    private final Map<String, Integer> breakAfter = new HashMap<>();
    private final List<Downloader.RemoteFile> published = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            byte[] body = served.get(name);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            int limit = breakAfter.getOrDefault(name, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, 0, limit);
                out.flush();
                if (limit < body.length) {
                    // Drop the connection with the body unfinished.
                    exchange.getHttpContext().getServer().stop(0);
                }
            } catch (IOException e) {
                // the client went away; nothing to do
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Serves the four files of a small set and publishes their true sizes and sums. */
    private void serveSet(int train, int test) throws Exception {
        Path dir = tmp.resolve("origin");
        IdxBytes.writeSet(dir, train, test);
        for (String name : IdxFiles.NAMES) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name + ".gz"));
            served.put(name + ".gz", bytes);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            published.add(new Downloader.RemoteFile(name + ".gz", bytes.length, sha));
        }
    }

    private DataSources sources(Path user, boolean required, boolean download) {
        return new DataSources(new DataSources.Options(user, required, tmp.resolve("cache"),
                Map.of(DatasetKind.FASHION_MNIST, tmp.resolve("system")), download, base(), published,
                Duration.ofSeconds(5), SampleData.fromFolder(tmp.resolve("sample"))));
    }

    private static final Downloader.Listener QUIET = (file, done, total) -> { };

    private List<String> cacheContents() throws IOException {
        Path dir = tmp.resolve("cache").resolve("fashion-mnist");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void prefersUserFolderThenCacheThenSystemThenSample() throws Exception {
        IdxBytes.writeSet(tmp.resolve("sample").resolve("fashion-mnist"), 10, 5);
        assertThat(sources(null, false, false).load(DatasetKind.FASHION_MNIST, QUIET).source().kind())
                .isEqualTo(DataSource.Kind.SAMPLE);
        IdxBytes.writeSet(tmp.resolve("system"), 20, 5);
        assertThat(sources(null, false, false).load(DatasetKind.FASHION_MNIST, QUIET).source().kind())
                .isEqualTo(DataSource.Kind.SYSTEM_PACKAGE);
        IdxBytes.writeSet(tmp.resolve("cache").resolve("fashion-mnist"), 30, 5);
        assertThat(sources(null, false, false).load(DatasetKind.FASHION_MNIST, QUIET).source().kind())
                .isEqualTo(DataSource.Kind.CACHE);
        IdxBytes.writeSet(tmp.resolve("mine").resolve("fashion-mnist"), 40, 5);
        LoadedData data = sources(tmp.resolve("mine"), true, false).load(DatasetKind.FASHION_MNIST, QUIET);
        assertThat(data.source().kind()).isEqualTo(DataSource.Kind.USER_FOLDER);
        assertThat(data.train().size()).isEqualTo(40);
        assertThat(data.test().size()).isEqualTo(5);
    }

    @Test
    void locateNamesTheSourceFromTheHeadersAlone() throws Exception {
        IdxBytes.writeSet(tmp.resolve("sample").resolve("fashion-mnist"), 10, 5);
        DataSource sample = sources(null, false, true).locate(DatasetKind.FASHION_MNIST);
        assertThat(sample.kind()).isEqualTo(DataSource.Kind.SAMPLE);
        assertThat(sample.trainCount()).isEqualTo(10);
        Path system = tmp.resolve("system");
        IdxBytes.writeSet(system, 30, 7);
        // Only the header and a few pixels survive: locate does not read further, load reports the damage.
        Files.delete(system.resolve("train-images-idx3-ubyte.gz"));
        Files.write(system.resolve("train-images-idx3-ubyte"), java.util.Arrays.copyOf(IdxBytes.images(30, 28, 28), 100));
        DataSource located = sources(null, false, true).locate(DatasetKind.FASHION_MNIST);
        assertThat(located.kind()).isEqualTo(DataSource.Kind.SYSTEM_PACKAGE);
        assertThat(located.location()).isEqualTo(system.toString());
        assertThat(located.trainCount()).isEqualTo(30);
        assertThat(located.testCount()).isEqualTo(7);
        assertThat(located.describe()).isEqualTo("Fashion-MNIST from the Debian package dataset-fashion-mnist ("
                + system + ") (30 training + 7 test images).");
        assertThatThrownBy(() -> sources(null, false, true).load(DatasetKind.FASHION_MNIST, QUIET))
                .hasMessageStartingWith(system.resolve("train-images-idx3-ubyte") + " is truncated");
    }

    @Test
    void namedFolderWithoutTheFilesIsAnError() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> sources(tmp.resolve("empty"), true, false).load(DatasetKind.FASHION_MNIST, QUIET))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("the data folder " + tmp.resolve("empty") + " holds no Fashion-MNIST files");
        assertThatThrownBy(() -> sources(tmp.resolve("nowhere"), true, false).load(DatasetKind.FASHION_MNIST, QUIET))
                .hasMessage("the data folder " + tmp.resolve("nowhere") + " does not exist or is not a folder");
    }

    @Test
    void settingWithoutTheFilesFallsBackWithANote() throws Exception {
        IdxBytes.writeSet(tmp.resolve("sample").resolve("mnist"), 10, 5);
        Files.createDirectories(tmp.resolve("empty"));
        LoadedData data = sources(tmp.resolve("empty"), false, false).load(DatasetKind.MNIST, QUIET);
        assertThat(data.source().kind()).isEqualTo(DataSource.Kind.SAMPLE);
        assertThat(data.source().notes()).singleElement().asString().contains("holds no MNIST digits files");
        assertThat(data.source().fullSetHint("en")).contains("mnist");
    }

    @Test
    void damagedFileIsAnErrorNamingIt() throws Exception {
        Path system = tmp.resolve("system");
        IdxBytes.writeSet(system, 20, 5);
        byte[] labels = Files.readAllBytes(system.resolve("t10k-labels-idx1-ubyte.gz"));
        Files.write(system.resolve("t10k-labels-idx1-ubyte.gz"), java.util.Arrays.copyOf(labels, labels.length - 10));
        assertThatThrownBy(() -> sources(null, false, false).load(DatasetKind.FASHION_MNIST, QUIET))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith(system.resolve("t10k-labels-idx1-ubyte.gz") + " is truncated");
    }

    @Test
    void readsRawFilesAndDottedNames() throws Exception {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.write(dir.resolve("train-images.idx3-ubyte"), IdxBytes.images(12, 28, 28));
        Files.write(dir.resolve("train-labels.idx1-ubyte"), IdxBytes.labels(IdxBytes.cyclic(12, 10)));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), IdxBytes.images(3, 28, 28));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxBytes.labels(1, 2, 3));
        LoadedData data = sources(dir, true, false).load(DatasetKind.FASHION_MNIST, QUIET);
        assertThat(data.train().size()).isEqualTo(12);
    }

    @Test
    void downloadsVerifiesAndKeepsFilesInTheCache() throws Exception {
        serveSet(50, 20);
        Map<String, List<Long>> progress = new HashMap<>();
        LoadedData data = sources(null, false, true).load(DatasetKind.FASHION_MNIST,
                (file, done, total) -> progress.computeIfAbsent(file, f -> new ArrayList<>()).add(done));
        assertThat(data.source().kind()).isEqualTo(DataSource.Kind.DOWNLOAD);
        assertThat(data.train().size()).isEqualTo(50);
        for (Downloader.RemoteFile f : published) {
            assertThat(progress.get(f.name())).isSorted().startsWith(0L).endsWith(f.size());
        }
        assertThat(cacheContents()).containsExactly("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
                "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");
        served.clear(); // the second run must not need the network
        assertThat(sources(null, false, true).load(DatasetKind.FASHION_MNIST, QUIET).source().kind())
                .isEqualTo(DataSource.Kind.CACHE);
    }

    @Test
    void downloadThatBreaksOffLeavesNothingAndFallsBackToTheSample() throws Exception {
        serveSet(400, 20);
        IdxBytes.writeSet(tmp.resolve("sample").resolve("fashion-mnist"), 10, 5);
        breakAfter.put("train-images-idx3-ubyte.gz", 1000);
        LoadedData data = sources(null, false, true).load(DatasetKind.FASHION_MNIST, QUIET);
        assertThat(data.source().kind()).isEqualTo(DataSource.Kind.SAMPLE);
        assertThat(data.source().notes()).singleElement().asString()
                .contains("train-images-idx3-ubyte.gz").contains("broke off after").contains("nothing was saved");
        assertThat(cacheContents()).isEmpty();
    }

    @Test
    void downloadWithWrongChecksumLeavesNothing() throws Exception {
        serveSet(50, 20);
        Downloader.RemoteFile labels = published.get(1);
        published.set(1, new Downloader.RemoteFile(labels.name(), labels.size(), "00" + labels.sha256().substring(2)));
        var downloader = new Downloader(Duration.ofSeconds(5));
        Path cache = tmp.resolve("cache").resolve("fashion-mnist");
        assertThatThrownBy(() -> downloader.fetchAll(base(), published, cache, QUIET))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("train-labels-idx1-ubyte.gz has SHA-256")
                .hasMessageContaining("nothing was saved");
        assertThat(cacheContents()).containsExactly("train-images-idx3-ubyte.gz");
    }

    @Test
    void missingFileOnTheServerIsReported() throws Exception {
        var downloader = new Downloader(Duration.ofSeconds(5));
        var file = new Downloader.RemoteFile("absent.gz", 10, "00");
        assertThatThrownBy(() -> downloader.fetch(base(), file, tmp.resolve("cache"), QUIET))
                .hasMessageContaining("absent.gz failed: the server answered HTTP 404");
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void offlineFallsBackToTheSampleWithANote() throws Exception {
        IdxBytes.writeSet(tmp.resolve("sample").resolve("fashion-mnist"), 10, 5);
        serveSet(50, 20);
        server.stop(0); // nothing listens on the port any more
        LoadedData data = sources(null, false, true).load(DatasetKind.FASHION_MNIST, QUIET);
        assertThat(data.source().kind()).isEqualTo(DataSource.Kind.SAMPLE);
        assertThat(data.source().notes()).singleElement().asString().contains("failed");
        assertThat(data.source().describe()).isEqualTo(
                "Fashion-MNIST: the subset shipped with the app (10 training + 5 test images).");
        assertThat(data.source().describe("zh")).isEqualTo("Fashion-MNIST：随程序附带的子集（10 张训练图像 + 5 张测试图像）。");
        assertThat(data.source().fullSetHint("en")).contains("apt-get install dataset-fashion-mnist");
    }

    @Test
    void shippedSampleLoadsFromTheSourceTree() throws Exception {
        LoadedData fashion = SampleData.standard().load(DatasetKind.FASHION_MNIST);
        assertThat(fashion.train().size()).isEqualTo(10_000);
        assertThat(fashion.test().size()).isEqualTo(2_000);
        assertThat(fashion.train().classCounts()).containsOnly(1000);
        assertThat(fashion.test().classCounts()).containsOnly(200);
        LoadedData digits = SampleData.standard().load(DatasetKind.MNIST);
        assertThat(digits.train().size()).isEqualTo(9_000);
        assertThat(digits.test().size()).isEqualTo(1_000);
        assertThat(digits.source().kind()).isEqualTo(DataSource.Kind.SAMPLE);
    }
}
