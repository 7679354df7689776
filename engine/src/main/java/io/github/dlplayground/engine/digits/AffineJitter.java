package io.github.dlplayground.engine.digits;

import java.util.SplittableRandom;

/**
 * A random affine map about the image centre, A = R(θ)·Shear(s)·diag(sx, sy) with θ, s and sx − 1, sy − 1
 * uniform in ±(maxRotation, maxShear, maxStretch), sampled bilinearly with A⁻¹ into a square field 10/7 as
 * large as the longer side (so that nothing is cut off), at {@code scale} output pixels per input pixel: sampling
 * a small digit at twice its size keeps it sharp through the area averaging that follows.
 */
final class AffineJitter {
    private AffineJitter() {
    }

    static InkImage distort(InkImage image, SplittableRandom random, DigitAugmenter.Settings settings, int scale) {
        double angle = Math.toRadians(uniform(random, settings.maxRotation()));
        double shear = uniform(random, settings.maxShear());
        double sx = 1 + uniform(random, settings.maxStretch());
        double sy = 1 + uniform(random, settings.maxStretch());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = cos * sx;
        double b = (cos * shear - sin) * sy;
        double c = sin * sx;
        double d = (sin * shear + cos) * sy;
        double det = a * d - b * c;
        return sample(image, d / (det * scale), -b / (det * scale), -c / (det * scale), a / (det * scale), scale);
    }

    /** out(x, y) = in(centre + M·((x, y) − centre′)) for M = [[ia, ib], [ic, id]], bilinear, 0 outside. */
    private static InkImage sample(InkImage image, double ia, double ib, double ic, double id, int scale) {
        int w = image.width();
        int h = image.height();
        int field = Math.max(w, h) * 10 / 7 * scale;
        // padded copy: a ring of zeros removes bounds checks from the inner loop
        int pw = w + 2;
        float[] src = new float[pw * (h + 2)];
        for (int y = 0; y < h; y++) {
            System.arraycopy(image.ink(), y * w, src, (y + 1) * pw + 1, w);
        }
        double cxIn = (w - 1) / 2.0;
        double cyIn = (h - 1) / 2.0;
        double centre = (field - 1) / 2.0;
        float[] out = new float[field * field];
        for (int y = 0; y < field; y++) {
            double v = y - centre;
            for (int x = 0; x < field; x++) {
                double u = x - centre;
                double sx = cxIn + ia * u + ib * v + 1;
                double sy = cyIn + ic * u + id * v + 1;
                if (sx < 0 || sy < 0 || sx >= w + 1 || sy >= h + 1) {
                    continue;
                }
                int x0 = (int) sx;
                int y0 = (int) sy;
                double fx = sx - x0;
                double fy = sy - y0;
                int i = y0 * pw + x0;
                double top = src[i] + (src[i + 1] - src[i]) * fx;
                double bottom = src[i + pw] + (src[i + pw + 1] - src[i + pw]) * fx;
                out[y * field + x] = (float) (top + (bottom - top) * fy);
            }
        }
        return new InkImage(field, field, out);
    }

    private static double uniform(SplittableRandom random, double max) {
        return (2 * random.nextDouble() - 1) * max;
    }
}
