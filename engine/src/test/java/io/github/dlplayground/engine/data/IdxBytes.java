package io.github.dlplayground.engine.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files byte by byte for tests. */
final class IdxBytes {
    private IdxBytes() {
    }

    static byte[] images(int count, int rows, int cols) {
        ByteBuffer b = ByteBuffer.allocate(16 + count * rows * cols);
        b.putInt(IdxReader.IMAGES_MAGIC).putInt(count).putInt(rows).putInt(cols);
        for (int i = 0; i < count * rows * cols; i++) {
            b.put((byte) (i * 7 + 3));
        }
        return b.array();
    }

    static byte[] labels(int... labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.putInt(IdxReader.LABELS_MAGIC).putInt(labels.length);
        for (int l : labels) {
            b.put((byte) l);
        }
        return b.array();
    }

    /** Labels 0, 1, …, classes−1, 0, 1, … */
    static int[] cyclic(int count, int classes) {
        int[] l = new int[count];
        for (int i = 0; i < count; i++) {
            l[i] = i % classes;
        }
        return l;
    }

    static byte[] gzip(byte[] raw) {
        try {
            var out = new ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(out)) {
                gz.write(raw);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the four official files (gzip) of a small dataset into a folder. */
    static void writeSet(Path dir, int trainCount, int testCount) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(images(trainCount, 28, 28)));
        Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(labels(cyclic(trainCount, 10))));
        Files.write(dir.resolve("t10k-images-idx3-ubyte.gz"), gzip(images(testCount, 28, 28)));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels(cyclic(testCount, 10))));
    }
}
