package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.data.Dataset;

import io.github.dlplayground.engine.backend.Backends;

import java.util.SplittableRandom;

/**
 * Makes training digits look like drawings made on the pad, then preprocesses them exactly as the pad's
 * drawings are. With probability {@code plainProbability} a digit stays as it is; otherwise, with probability
 * {@code penProbability}, it is re-drawn with a round pen along its centre
 * line ({@link PenRedraw}; stroke width, measured in the 20×20 box, uniform in [minPenWidth, maxPenWidth]);
 * then a random affine distortion (rotation, shear, stretch) and {@link Preprocessing#MNIST}. The centre lines
 * are found once, when the augmenter is made (about 0.3 ms a digit, spread over the engine's pool); an
 * augmented digit then costs ~0.1 ms. {@link #augment} may run on several threads at once, each with its own
 * random generator.
 */
public final class DigitAugmenter {
    /** How strongly to distort; angles in degrees, widths in pixels of the 20×20 box. */
    public record Settings(double plainProbability, double penProbability, double minPenWidth, double maxPenWidth,
                           double maxRotation, double maxShear, double maxStretch) {
        /** Tuned so that drawings made with a mouse are read as well as MNIST's own test digits. */
        public static Settings standard() {
            return new Settings(0.2, 0.5, 0.7, 5.0, 12, 0.2, 0.12);
        }
    }

    private final Settings settings;
    private final Dataset digits;
    private final byte[][] distances;
    private final int[] extents;

    /** Finds the centre line of every digit of {@code digits} (28×28 images). Blocking, ~0.2 ms a digit. */
    public DigitAugmenter(Settings settings, Dataset digits) {
        this.settings = settings;
        this.digits = digits;
        this.distances = new byte[digits.size()][];
        this.extents = new int[digits.size()];
        Backends.pool().forRange(digits.size(), 64, (from, to) -> {
            for (int i = from; i < to; i++) {
                PenRedraw pen = PenRedraw.of(image(i));
                if (pen.hasLine()) {
                    distances[i] = pen.quantisedDistances();
                    extents[i] = pen.lineExtent();
                }
            }
        });
    }

    public int size() {
        return digits.size();
    }

    public int label(int index) {
        return digits.label(index);
    }

    private InkImage image(int index) {
        return new InkImage(digits.cols(), digits.rows(), digits.image(index));
    }

    /** A re-drawn, distorted and preprocessed version of digit {@code index} (28×28 in [0, 1]) into {@code out}. */
    public void augment(int index, SplittableRandom random, float[] out, int offset) {
        if (random.nextDouble() < settings.plainProbability()) {
            digits.copyImage(index, out, offset);
            return;
        }
        InkImage image;
        int scale = 2;
        if (distances[index] != null && random.nextDouble() < settings.penProbability()) {
            double width = settings.minPenWidth()
                    + random.nextDouble() * (settings.maxPenWidth() - settings.minPenWidth());
            // a stroke 2r wide becomes 2r·20/extent pixels wide in the 20×20 box
            double radius = width * extents[index] / 40.0;
            int side = digits.cols() * PenRedraw.SCALE;
            image = PenRedraw.render(distances[index], side, digits.rows() * PenRedraw.SCALE, radius);
            scale = 1;
        } else {
            image = image(index);
        }
        InkImage input = Preprocessing.MNIST.apply(AffineJitter.distort(image, random, settings, scale)).input();
        System.arraycopy(input.ink(), 0, out, offset, input.ink().length);
    }
}
