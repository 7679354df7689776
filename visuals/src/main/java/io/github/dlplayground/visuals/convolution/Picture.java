package io.github.dlplayground.visuals.convolution;

/**
 * A one-channel picture to convolve, pixels in [0, 1] row-major [height, width], and the text key that says
 * where it comes from (a dataset sample or a picture built in code).
 */
public record Picture(String sourceKey, int height, int width, float[] pixels) {
    public Picture {
        if (pixels.length != height * width) {
            throw new IllegalArgumentException("picture " + height + "×" + width + " needs " + height * width
                    + " pixels, got " + pixels.length);
        }
    }

    /** The book's edge-detection picture: 6×8 ones with a black stripe in columns 2..5. */
    public static Picture bookStripes() {
        float[] p = new float[6 * 8];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 8; j++) {
                p[i * 8 + j] = j >= 2 && j < 6 ? 0f : 1f;
            }
        }
        return new Picture("convolution.picture.book", 6, 8, p);
    }

    /** Averages factor × factor blocks (28×28 → 14×14 with factor 2); extra rows and columns are dropped. */
    public Picture downscale(int factor) {
        int h = height / factor;
        int w = width / factor;
        float[] out = new float[h * w];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                double sum = 0;
                for (int a = 0; a < factor; a++) {
                    for (int b = 0; b < factor; b++) {
                        sum += pixels[(i * factor + a) * width + j * factor + b];
                    }
                }
                // two decimals, so the cells and the written-out sums show the exact numbers the engine uses
                out[i * w + j] = Math.round(sum / (factor * factor) * 100) / 100f;
            }
        }
        return new Picture(sourceKey, h, w, out);
    }
}
