package io.github.dlplayground.engine.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST, raw or gzip-compressed (recognised by its first two
 * bytes 1F 8B, not by the file name). Images: magic 0x00000803, then count, rows, cols as big-endian
 * int32 and count·rows·cols unsigned bytes; labels: magic 0x00000801, count, then count bytes.
 * The header is checked before any array is allocated, and the data must end exactly where it says.
 */
public final class IdxReader {
    /** IDX magic number of unsigned-byte data with three dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** IDX magic number of unsigned-byte data with one dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Largest side accepted for an image; real files use 28. */
    static final int MAX_SIDE = 1024;
    /** Largest pixel payload accepted (bytes), far above the 47 MB of 60,000 images of 28×28. */
    static final long MAX_IMAGE_BYTES = 1L << 30;

    /** The images of one IDX file: {@code count} images of rows×cols bytes, row-major, one after another. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public Images {
            if ((long) count * rows * cols != pixels.length) {
                throw new IllegalArgumentException(count + " images of " + rows + "×" + cols + " need "
                        + (long) count * rows * cols + " bytes, got " + pixels.length);
            }
        }
    }

    private IdxReader() {
    }

    public static Images readImages(Path file) throws DataException {
        try (InputStream in = open(file)) {
            return readImages(in, file.toString());
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    public static byte[] readLabels(Path file) throws DataException {
        try (InputStream in = open(file)) {
            return readLabels(in, file.toString());
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** Reads images from a stream (raw or gzip); {@code name} is used in messages. Does not close it. */
    public static Images readImages(InputStream stream, String name) throws DataException {
        try {
            DataInputStream in = new DataInputStream(decompressed(stream, name));
            int magic = readHeaderInt(in, name);
            if (magic != IMAGES_MAGIC) {
                throw wrongMagic(name, magic, IMAGES_MAGIC, "image");
            }
            int count = readHeaderInt(in, name);
            int rows = readHeaderInt(in, name);
            int cols = readHeaderInt(in, name);
            if (count < 0 || rows <= 0 || cols <= 0 || rows > MAX_SIDE || cols > MAX_SIDE) {
                throw new DataException(name + " has an implausible header: " + count + " images of "
                        + rows + "×" + cols + " — it is not an MNIST-style image file or it is damaged");
            }
            long bytes = (long) count * rows * cols;
            if (bytes > MAX_IMAGE_BYTES) {
                throw new DataException(name + " announces " + count + " images of " + rows + "×" + cols
                        + " (" + bytes + " bytes), more than this program reads (" + MAX_IMAGE_BYTES + ")");
            }
            byte[] pixels = readPayload(in, name, (int) bytes, count + " images of " + rows + "×" + cols);
            return new Images(count, rows, cols, pixels);
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    /** Reads labels from a stream (raw or gzip); {@code name} is used in messages. Does not close it. */
    public static byte[] readLabels(InputStream stream, String name) throws DataException {
        try {
            DataInputStream in = new DataInputStream(decompressed(stream, name));
            int magic = readHeaderInt(in, name);
            if (magic != LABELS_MAGIC) {
                throw wrongMagic(name, magic, LABELS_MAGIC, "label");
            }
            int count = readHeaderInt(in, name);
            if (count < 0 || count > MAX_IMAGE_BYTES) {
                throw new DataException(name + " has an implausible header: " + count
                        + " labels — it is not an MNIST-style label file or it is damaged");
            }
            return readPayload(in, name, count, count + " labels");
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    /**
     * The number of examples an IDX file (images or labels) announces, from its header only — cheap even for
     * 60,000 images. The rest of the file is not checked.
     */
    public static int announcedCount(Path file) throws DataException {
        try (InputStream in = open(file)) {
            return announcedCount(in, file.toString());
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** As {@link #announcedCount(Path)} for a stream; does not close it. */
    public static int announcedCount(InputStream stream, String name) throws DataException {
        try {
            DataInputStream in = new DataInputStream(decompressed(stream, name));
            int magic = readHeaderInt(in, name);
            if (magic != IMAGES_MAGIC && magic != LABELS_MAGIC) {
                throw new DataException(String.format("%s is not an IDX file: magic number 0x%08X, expected 0x%08X or"
                        + " 0x%08X", name, magic, IMAGES_MAGIC, LABELS_MAGIC));
            }
            return readHeaderInt(in, name);
        } catch (DataException e) {
            throw e;
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    private static InputStream open(Path file) throws DataException {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    private static InputStream decompressed(InputStream stream, String name) throws IOException {
        var in = new BufferedInputStream(stream, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (EOFException e) {
                throw new DataException(name + " is truncated: the gzip header is incomplete — download it again", e);
            }
        }
        return in;
    }

    private static int readHeaderInt(DataInputStream in, String name) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new DataException(name + " ends inside its IDX header: it is truncated or not an IDX file", e);
        }
    }

    private static byte[] readPayload(DataInputStream in, String name, int length, String what) throws IOException {
        byte[] data = new byte[length];
        int read = 0;
        while (read < length) {
            int n;
            try {
                n = in.read(data, read, length - read);
            } catch (EOFException e) {
                n = -1;
            }
            if (n < 0) {
                throw new DataException(name + " is truncated: its header announces " + what + " but the data ends after "
                        + read + " of " + length + " bytes — download it again");
            }
            read += n;
        }
        // Reading past the end also makes GZIPInputStream check its CRC and length trailer.
        int next;
        try {
            next = in.read();
        } catch (EOFException e) {
            throw new DataException(name + " is truncated: the gzip trailer is missing — download it again", e);
        }
        if (next != -1) {
            throw new DataException(name + " has more data than the " + what + " its header announces"
                    + " — it is not a single IDX file or it is damaged");
        }
        return data;
    }

    private static DataException wrongMagic(String name, int magic, int expected, String kind) {
        String hint = "";
        if (magic == LABELS_MAGIC && expected == IMAGES_MAGIC) {
            hint = " — it holds labels; are the image and label files swapped?";
        } else if (magic == IMAGES_MAGIC && expected == LABELS_MAGIC) {
            hint = " — it holds images; are the image and label files swapped?";
        }
        return new DataException(String.format("%s is not an IDX %s file: magic number 0x%08X, expected 0x%08X%s",
                name, kind, magic, expected, hint));
    }

    private static DataException damaged(String name, IOException e) {
        if (e instanceof ZipException) {
            return new DataException(name + " is corrupt (gzip: " + e.getMessage() + ") — download it again", e);
        }
        if (e instanceof EOFException) {
            return new DataException(name + " is truncated: the compressed data ends early — download it again", e);
        }
        return unreadable(name, e);
    }

    private static DataException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(name + " does not exist", e);
        }
        if (e instanceof AccessDeniedException) {
            return new DataException(name + " cannot be read: permission denied", e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new DataException(name + " cannot be read: " + detail, e);
    }
}
