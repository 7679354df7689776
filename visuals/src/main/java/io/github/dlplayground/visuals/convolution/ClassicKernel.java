package io.github.dlplayground.visuals.convolution;

/**
 * Hand-made kernels from image processing, each a k_h × k_w grid row-major: the book's vertical-edge kernel
 * [1, −1], a Laplacian edge detector, a 3×3 box blur (each weight 1/9), sharpen, and line detectors.
 */
public enum ClassicKernel {
    BOOK_EDGE(1, 2, 1, -1),
    EDGE(3, 3, -1, -1, -1, -1, 8, -1, -1, -1, -1),
    BLUR(3, 3, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9),
    SHARPEN(3, 3, 0, -1, 0, -1, 5, -1, 0, -1, 0),
    VERTICAL_LINES(3, 3, -1, 2, -1, -1, 2, -1, -1, 2, -1),
    HORIZONTAL_LINES(3, 3, -1, -1, -1, 2, 2, 2, -1, -1, -1);

    private final int height;
    private final int width;
    private final float[] values;

    ClassicKernel(int height, int width, float... values) {
        this.height = height;
        this.width = width;
        this.values = values;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public float[] weights() {
        return values.clone();
    }

    /** Text key of the kernel's name, e.g. "convolution.kernel.SHARPEN". */
    public String textKey() {
        return "convolution.kernel." + name();
    }
}
