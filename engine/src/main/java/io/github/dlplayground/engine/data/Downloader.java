package io.github.dlplayground.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Downloads files over HTTP into a folder, each streamed to a temporary file beside its target while its
 * SHA-256 is computed, and moved into place (atomically) only when its length and hash match the published
 * ones — the folder never holds a partial or wrong file. Runs on the caller's thread; progress is reported
 * there. Uses HttpURLConnection rather than HttpClient for its per-read timeout: a server that stalls
 * mid-file ends the download with a message instead of blocking forever.
 */
public final class Downloader {
    /** A file to fetch: its name (appended to the base URL and used in the folder), size in bytes, SHA-256 hex. */
    public record RemoteFile(String name, long size, String sha256) {
    }

    /** Progress of a download, called on the downloading thread after every chunk. */
    public interface Listener {
        /** {@code total} is the expected size in bytes. */
        void progress(String file, long done, long total);

        /** Polled between chunks; true stops the download (the partial file is removed). */
        default boolean cancelled() {
            return false;
        }
    }

    private final int timeoutMillis;

    /** {@code timeout} bounds connecting and every single read, so a stalled server cannot hang the caller. */
    public Downloader(Duration timeout) {
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }

    /** Fetches every file missing from {@code folder}; files already there are kept. */
    public void fetchAll(URI base, List<RemoteFile> files, Path folder, Listener listener) throws DataException {
        for (RemoteFile f : files) {
            if (!Files.isRegularFile(folder.resolve(f.name()))) {
                fetch(base, f, folder, listener);
            }
        }
    }

    /** Fetches one file into {@code folder}, verifying length and SHA-256 before the atomic move. */
    public void fetch(URI base, RemoteFile file, Path folder, Listener listener) throws DataException {
        URI uri = resolve(base, file.name());
        Path target = folder.resolve(file.name());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException("cannot create the download folder " + folder + ": " + describe(e), e);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.name() + ".", ".part");
            String hash = stream(uri, file, temp, listener);
            if (!hash.equalsIgnoreCase(file.sha256())) {
                throw new DataException("the download of " + uri + " has SHA-256 " + hash + " but the published sum is "
                        + file.sha256() + " — the file was damaged on the way or changed on the server; nothing was saved");
            }
            moveIntoPlace(temp, target);
            temp = null;
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw new DataException("the download of " + uri + " failed: " + describe(e) + " — nothing was saved", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file has a ".part" name that no reader picks up.
                }
            }
        }
    }

    private String stream(URI uri, RemoteFile file, Path temp, Listener listener) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        MessageDigest sha = sha256();
        long done = 0;
        try {
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new DataException("the download of " + uri + " failed: the server answered HTTP " + status
                        + " — nothing was saved");
            }
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[1 << 16];
                listener.progress(file.name(), 0, file.size());
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (listener.cancelled()) {
                        throw new DataException("the download of " + uri + " was cancelled — nothing was saved");
                    }
                    out.write(buffer, 0, n);
                    sha.update(buffer, 0, n);
                    done += n;
                    if (done > file.size()) {
                        throw new DataException("the download of " + uri + " is longer than the published "
                                + file.size() + " bytes — nothing was saved");
                    }
                    listener.progress(file.name(), done, file.size());
                }
            }
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            if (done == 0) {
                throw e;
            }
            throw new DataException("the download of " + uri + " broke off after " + done + " of " + file.size()
                    + " bytes (" + describe(e) + ") — nothing was saved; try again", e);
        } finally {
            connection.disconnect();
        }
        if (done != file.size()) {
            throw new DataException("the download of " + uri + " broke off after " + done + " of " + file.size()
                    + " bytes — nothing was saved; try again");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static URI resolve(URI base, String name) {
        String b = base.toString();
        return URI.create(b.endsWith("/") ? b + name : b + "/" + name);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256", e);
        }
    }

    static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "cannot resolve " + e.getMessage() + " (offline?)";
        }
        if (e instanceof ConnectException) {
            return "cannot connect (" + (e.getMessage() == null ? "refused" : e.getMessage()) + ")";
        }
        if (e instanceof SocketTimeoutException) {
            return "no answer within the time limit";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
