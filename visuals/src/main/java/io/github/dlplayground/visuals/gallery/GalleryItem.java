package io.github.dlplayground.visuals.gallery;

/**
 * One test image and what the network made of it: grey pixels in [0, 1] (rows×cols, row-major), the true
 * label, the predicted label (arg-max of the softmax) and that class's probability.
 */
public record GalleryItem(int index, float[] pixels, int rows, int cols, int trueLabel, int predicted,
                          double probability) {
    public GalleryItem {
        if (pixels.length != rows * cols) {
            throw new IllegalArgumentException("image " + index + " of " + rows + "×" + cols + " needs "
                    + rows * cols + " pixels, got " + pixels.length);
        }
    }

    public boolean correct() {
        return trueLabel == predicted;
    }
}
