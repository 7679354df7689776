package io.github.dlplayground.engine.digits;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PenRedrawTest {
    @Test
    void distanceTransformMatchesBruteForce() {
        int w = 23;
        int h = 17;
        boolean[] marked = new boolean[w * h];
        var random = new Random(7);
        for (int k = 0; k < 9; k++) {
            marked[random.nextInt(w * h)] = true;
        }

        float[] d = DistanceTransform.squared(marked, w, h);

        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double best = Double.MAX_VALUE;
                for (int i = 0; i < marked.length; i++) {
                    if (marked[i]) {
                        double dx = x - i % w;
                        double dy = y - i / w;
                        best = Math.min(best, dx * dx + dy * dy);
                    }
                }
                assertThat((double) d[y * w + x]).isCloseTo(best, within(1e-6));
            }
        }
    }

    @Test
    void thinningLeavesTheCentreLineOfAThickBar() {
        int w = 20;
        int h = 9;
        boolean[] bar = new boolean[w * h];
        for (int y = 2; y <= 6; y++) {
            for (int x = 2; x <= 17; x++) {
                bar[y * w + x] = true;
            }
        }

        boolean[] skeleton = Thinning.skeleton(bar, w, h);

        int count = 0;
        for (int i = 0; i < skeleton.length; i++) {
            if (skeleton[i]) {
                count++;
                assertThat(bar[i]).isTrue();
                assertThat(i / w).isEqualTo(4);
            }
        }
        assertThat(count).isBetween(8, 16);
    }

    @Test
    void penWidthSetsTheStrokeWidth() {
        InkImage digit = InkImage.blank(28, 28);
        TestDrawings.stroke(digit, 14, 4, 14, 24, 1.5);
        PenRedraw pen = PenRedraw.of(digit);

        InkImage thin = pen.render(1);
        InkImage thick = pen.render(4);

        assertThat(pen.hasLine()).isTrue();
        // along row 28 (the middle) a vertical line of radius r covers about 2r + 1 pixels
        assertThat(rowInk(thin, 28)).isCloseTo(3, within(1.0));
        assertThat(rowInk(thick, 28)).isCloseTo(9, within(1.0));
        assertThat(PenRedraw.render(pen.quantisedDistances(), 56, 56, 4).ink())
                .containsExactly(thick.ink(), within(0.13f));
    }

    @Test
    void canvasRenderingPlacesTheLineWhereAsked() {
        InkImage digit = InkImage.blank(28, 28);
        TestDrawings.stroke(digit, 14, 4, 14, 24, 1.5);

        InkImage canvas = PenRedraw.of(digit).renderOnCanvas(200, 3, 20, 10, 5);

        BoundingBox box = BoundingBox.ofInk(canvas, 0.5f);
        // centre line x ≈ 28 enlarged px → 20 + 28.5·3 ≈ 105 on the canvas, ±5 px pen
        assertThat(box.x() + box.width() / 2.0).isCloseTo(105, within(3.0));
        assertThat(box.width()).isBetween(9, 11);
    }

    @Test
    void blankDigitHasNoLine() {
        assertThat(PenRedraw.of(InkImage.blank(28, 28)).hasLine()).isFalse();
        assertThat(PenRedraw.of(InkImage.blank(28, 28)).render(3).totalInk()).isZero();
    }

    private static double rowInk(InkImage image, int row) {
        double sum = 0;
        for (int x = 0; x < image.width(); x++) {
            sum += image.at(x, row);
        }
        return sum;
    }
}
