package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

/**
 * A grey image of ink amounts in [0, 1] (0 = paper, 1 = full ink), row-major: pixel (x, y) is
 * {@code ink[y·width + x]}. MNIST stores digits the same way round: white ink (1) on black paper (0).
 */
public record InkImage(int width, int height, float[] ink) {
    public InkImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an ink image needs a positive size, got " + width + "×" + height);
        }
        if (ink.length != width * height) {
            throw new IllegalArgumentException("an ink image of " + width + "×" + height + " needs "
                    + width * height + " values, got " + ink.length);
        }
    }

    /** An image without ink. */
    public static InkImage blank(int width, int height) {
        return new InkImage(width, height, new float[width * height]);
    }

    /** Ink at (x, y); 0 outside the image. */
    public float at(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : ink[y * width + x];
    }

    /** The largest ink value (0 for a blank image). */
    public float maxInk() {
        float max = 0f;
        for (float v : ink) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Sum of all ink values: the image's total "mass". */
    public double totalInk() {
        double sum = 0;
        for (float v : ink) {
            sum += v;
        }
        return sum;
    }

    /** A copy that shares nothing with this image. */
    public InkImage copy() {
        return new InkImage(width, height, ink.clone());
    }

    /** The pixels of the rectangle {@code box} (which must lie inside the image). */
    public InkImage crop(BoundingBox box) {
        if (box.x() < 0 || box.y() < 0 || box.x() + box.width() > width || box.y() + box.height() > height) {
            throw new IllegalArgumentException("box " + box + " lies outside the " + width + "×" + height + " image");
        }
        float[] out = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(ink, (box.y() + y) * width + box.x(), out, y * box.width(), box.width());
        }
        return new InkImage(box.width(), box.height(), out);
    }

    /** The image as a network input of one sample: a tensor [1, 1, height, width] (a copy). */
    public Tensor toTensor() {
        return new Tensor(Shape.of(1, 1, height, width), ink.clone());
    }
}
