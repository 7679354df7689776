package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;

/**
 * A sliding window over C×H×W planes (convolution kernel or pooling window) with zero padding and stride:
 * output height OH = ⌊(H + 2·padH − kernelH) / strideH⌋ + 1, width likewise (PyTorch, ceil_mode off).
 * Also holds the checks and messages that convolution and pooling share.
 */
record PlaneGeometry(int channels, int height, int width, int kernelH, int kernelW, int padH, int padW,
                     int strideH, int strideW) {

    int outH() {
        return (height + 2 * padH - kernelH) / strideH + 1;
    }

    int outW() {
        return (width + 2 * padW - kernelW) / strideW + 1;
    }

    /** Input values per sample: C·H·W. */
    int inputPlaneSize() {
        return height * width;
    }

    /** Output positions per channel: OH·OW. */
    int outputPlaneSize() {
        return outH() * outW();
    }

    /** Checks window, padding and stride when a layer is built; {@code layer} names it in the message. */
    static void checkSettings(String layer, String window, int kernelH, int kernelW, int padH, int padW,
                              int strideH, int strideW) {
        if (kernelH < 1 || kernelW < 1) {
            throw new IllegalArgumentException(layer + ": the " + window + " must be at least 1×1, got "
                    + kernelH + "×" + kernelW);
        }
        if (strideH < 1 || strideW < 1) {
            throw new IllegalArgumentException(layer + ": the stride must be at least 1 in both directions, got "
                    + strideH + "×" + strideW + "; use 1 to move the " + window + " one pixel at a time");
        }
        if (padH < 0 || padW < 0) {
            throw new IllegalArgumentException(layer + ": padding must not be negative, got " + padH + "×" + padW
                    + "; use 0 for no padding");
        }
    }

    /**
     * The geometry for one input sample C×H×W, or IllegalArgumentException naming the layer and the shapes
     * when the input is not an image or the window does not fit the padded input.
     */
    static PlaneGeometry of(String layer, String window, Shape input, int kernelH, int kernelW, int padH,
                            int padW, int strideH, int strideW) {
        if (input.rank() != 3) {
            throw new IllegalArgumentException(layer + " expects images C×H×W per sample, got " + input
                    + (input.rank() == 1 ? ": remove the Flatten before it" : ": give it channels × height × width"));
        }
        int h = input.dim(1);
        int w = input.dim(2);
        if (h + 2 * padH < kernelH || w + 2 * padW < kernelW) {
            throw new IllegalArgumentException(layer + ": the " + kernelH + "×" + kernelW + " " + window
                    + " is larger than the padded input " + (h + 2 * padH) + "×" + (w + 2 * padW) + " (input "
                    + input + ", padding " + padH + "×" + padW + "); use a " + window + " of at most "
                    + (h + 2 * padH) + "×" + (w + 2 * padW) + ", more padding, or a larger input");
        }
        return new PlaneGeometry(input.dim(0), h, w, kernelH, kernelW, padH, padW, strideH, strideW);
    }

    Shape outputShape(int outChannels) {
        return Shape.of(outChannels, outH(), outW());
    }
}
