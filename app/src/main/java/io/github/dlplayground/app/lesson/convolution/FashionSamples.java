package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.IdxReader;
import io.github.dlplayground.visuals.convolution.Picture;

import java.io.IOException;
import java.io.InputStream;

/**
 * Fashion-MNIST test images from the sample data shipped with the app (classpath
 * /sample-data/fashion-mnist/t10k-*.gz): 28×28 bytes scaled to [0, 1], then averaged down to 14×14 so every
 * cell can show its number. Any thread; read once.
 */
final class FashionSamples {
    static final String IMAGES = "/sample-data/fashion-mnist/t10k-images-idx3-ubyte.gz";
    static final String LABELS = "/sample-data/fashion-mnist/t10k-labels-idx1-ubyte.gz";

    private final IdxReader.Images images;
    private final byte[] labels;

    private FashionSamples(IdxReader.Images images, byte[] labels) {
        this.images = images;
        this.labels = labels;
    }

    /** Reads the shipped test images and labels; the message says what is missing or damaged. */
    static FashionSamples load() throws DataException {
        IdxReader.Images images;
        byte[] labels;
        try (InputStream in = open(IMAGES); InputStream lab = open(LABELS)) {
            images = IdxReader.readImages(in, IMAGES);
            labels = IdxReader.readLabels(lab, LABELS);
        } catch (IOException e) {
            throw new DataException(IMAGES + " cannot be read: " + e.getMessage(), e);
        }
        if (labels.length != images.count()) {
            throw new DataException(LABELS + " holds " + labels.length + " labels for " + images.count() + " images");
        }
        return new FashionSamples(images, labels);
    }

    int count() {
        return images.count();
    }

    int label(int index) {
        return labels[index] & 0xff;
    }

    /** Image {@code index}, pixels byte/255, downscaled by 2 (14×14 from 28×28). */
    Picture picture(int index) {
        int size = images.rows() * images.cols();
        float[] pixels = new float[size];
        for (int i = 0; i < size; i++) {
            pixels[i] = (images.pixels()[index * size + i] & 0xff) / 255f;
        }
        return new Picture("convolution.picture.fashion", images.rows(), images.cols(), pixels).downscale(2);
    }

    private static InputStream open(String name) throws DataException {
        InputStream in = FashionSamples.class.getResourceAsStream(name);
        if (in == null) {
            throw new DataException(name + " is missing from the app's sample data — reinstall the app");
        }
        return in;
    }
}
