package io.github.dlplayground.engine.digits;

/** Placing an image inside a larger square field, and its centre of mass (x̄, ȳ) = Σ ink·(x, y) / Σ ink. */
final class Shifts {
    private Shifts() {
    }

    /** A size × size field with {@code image}'s top-left pixel at (offsetX, offsetY); what falls outside is cut. */
    static InkImage place(InkImage image, int size, int offsetX, int offsetY) {
        float[] out = new float[size * size];
        for (int y = 0; y < image.height(); y++) {
            int ty = y + offsetY;
            if (ty < 0 || ty >= size) {
                continue;
            }
            for (int x = 0; x < image.width(); x++) {
                int tx = x + offsetX;
                if (tx >= 0 && tx < size) {
                    out[ty * size + tx] = image.ink()[y * image.width() + x];
                }
            }
        }
        return new InkImage(size, size, out);
    }

    /** {x̄, ȳ} in pixel-index coordinates, or null for an image without ink. */
    static double[] centreOfMass(InkImage image) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                double v = image.ink()[y * image.width() + x];
                sum += v;
                sx += v * x;
                sy += v * y;
            }
        }
        return sum <= 0 ? null : new double[] {sx / sum, sy / sum};
    }
}
