package io.github.dlplayground.engine.data;

import java.util.Arrays;

/**
 * A set of labelled grey images kept as unsigned bytes (0–255) in one array: image i occupies
 * pixels[i·rows·cols, (i+1)·rows·cols). Scaling to [0, 1] happens per minibatch ({@link Batches}),
 * so 60,000 Fashion-MNIST images take 47 MB instead of 188. Immutable once built.
 */
public final class Dataset {
    /** v / 255f for every byte value v, rounded exactly as a float division. */
    private static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALED[v] = v / 255f;
        }
    }

    private final DatasetKind kind;
    private final String name;
    private final byte[] pixels;
    private final byte[] labels;
    private final int rows;
    private final int cols;

    private Dataset(DatasetKind kind, String name, byte[] pixels, byte[] labels, int rows, int cols) {
        this.kind = kind;
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * Pairs an image file with its label file, checking that the counts agree and every label is a class
     * of {@code kind}. {@code imagesName} and {@code labelsName} name the files in messages.
     */
    public static Dataset of(DatasetKind kind, String name, IdxReader.Images images, byte[] labels,
                             String imagesName, String labelsName) throws DataException {
        if (labels.length != images.count()) {
            throw new DataException(labelsName + " holds " + labels.length + " labels but " + imagesName + " holds "
                    + images.count() + " images — the two files do not belong together");
        }
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xff;
            if (label >= kind.classCount()) {
                throw new DataException(labelsName + ": label " + label + " of example " + i + " is not a class of "
                        + kind.displayName("en") + " (0–" + (kind.classCount() - 1) + ") — the file is damaged or "
                        + "belongs to another dataset");
            }
        }
        return new Dataset(kind, name, images.pixels(), labels, images.rows(), images.cols());
    }

    /** Builds a dataset from arrays already in memory (e.g. in tests); same checks as the files. */
    public static Dataset of(DatasetKind kind, String name, int rows, int cols, byte[] pixels, byte[] labels) {
        try {
            return of(kind, name, new IdxReader.Images(labels.length, rows, cols, pixels), labels, name + " images",
                    name + " labels");
        } catch (DataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public DatasetKind kind() {
        return kind;
    }

    /** "train", "test", "validation" or a name given by the caller. */
    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** rows·cols. */
    public int imageSize() {
        return rows * cols;
    }

    public int classCount() {
        return kind.classCount();
    }

    public int label(int index) {
        return labels[index] & 0xff;
    }

    /** Pixel p (row-major) of image i, 0–255. */
    public int pixel(int index, int p) {
        return pixels[index * imageSize() + p] & 0xff;
    }

    /** Writes image i scaled to [0, 1] (value / 255, as torchvision's ToTensor) into {@code target} from {@code offset}. */
    public void copyImage(int index, float[] target, int offset) {
        int size = imageSize();
        int from = index * size;
        for (int p = 0; p < size; p++) {
            target[offset + p] = SCALED[pixels[from + p] & 0xff];
        }
    }

    /** Image i scaled to [0, 1], a fresh array of rows·cols values. */
    public float[] image(int index) {
        float[] out = new float[imageSize()];
        copyImage(index, out, 0);
        return out;
    }

    /** How many examples each class has. */
    public int[] classCounts() {
        int[] counts = new int[classCount()];
        for (byte b : labels) {
            counts[b & 0xff]++;
        }
        return counts;
    }

    /** A new dataset holding copies of the given examples in the given order. */
    public Dataset subset(int[] indices, String subsetName) {
        int size = imageSize();
        byte[] px = new byte[indices.length * size];
        byte[] lb = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            System.arraycopy(pixels, i * size, px, k * size, size);
            lb[k] = labels[i];
        }
        return new Dataset(kind, subsetName, px, lb, rows, cols);
    }

    /** The first n examples (all when n ≥ size). */
    public Dataset head(int n) {
        int m = Math.min(n, size());
        int[] idx = new int[m];
        Arrays.setAll(idx, i -> i);
        return subset(idx, name);
    }

    @Override
    public String toString() {
        return kind.displayName("en") + " " + name + ": " + size() + " images of " + rows + "×" + cols;
    }
}
