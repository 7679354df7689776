package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Shape;

/**
 * A convolution kernel or pooling window over C×H×W samples: size kh×kw, zero padding ph, pw, stride sh, sw;
 * OH = ⌊(H + 2·ph − kh) / sh⌋ + 1, OW likewise (PyTorch, ceil_mode off).
 */
record Window(int channels, int height, int width, int kh, int kw, int ph, int pw, int sh, int sw) {
    static Window over(Shape input, int kh, int kw, int ph, int pw, int sh, int sw) {
        if (input.rank() != 3) {
            throw new IllegalArgumentException("a window needs images C×H×W per sample, got " + input);
        }
        return new Window(input.dim(0), input.dim(1), input.dim(2), kh, kw, ph, pw, sh, sw);
    }

    int outH() {
        return (height + 2 * ph - kh) / sh + 1;
    }

    int outW() {
        return (width + 2 * pw - kw) / sw + 1;
    }

    int inputPlane() {
        return height * width;
    }

    int outputPlane() {
        return outH() * outW();
    }

    /** The kernel arguments after the plane count: H, W, kh, kw, ph, pw, sh, sw, OH, OW. */
    Object[] arguments() {
        return new Object[] {height, width, kh, kw, ph, pw, sh, sw, outH(), outW()};
    }
}
