package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default model on digits it never saw in training (the 1,000 held-out sample digits), read through the
 * same preprocessing as the pad and the classify command.
 */
class DigitQualityTest {
    private static DrawingClassifier classifier() {
        return DigitModels.classifier(TestCache.defaultModel(), "digits");
    }

    @Test
    void heldOutDigitsRenderedAsBigPngFilesAreReadCorrectly(@TempDir Path dir) throws IOException {
        Dataset test = DigitModels.sampleDigits().test();
        DrawingClassifier classifier = classifier();
        Path file = dir.resolve("digit.png");
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            InkImage big = TestDrawings.enlarge(new InkImage(28, 28, test.image(i)), 10);
            ImageFiles.writePng(big, file);
            if (classifier.classify(ImageFiles.read(file)).prediction() == test.label(i)) {
                correct++;
            }
        }

        assertThat(correct / (double) test.size()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * Drawings as a person makes them with a mouse: each held-out digit traced along its centre line with a
     * round pen on a 448×448 pad, from a third of the pad to nearly all of it, anywhere on it, with strokes from
     * 2.5 % to 22.5 % of the digit's height wide.
     */
    @Test
    void mouseDrawingsOfAnySizePlaceAndThicknessAreReadNineTimesOutOfTen() throws IOException {
        Dataset test = DigitModels.sampleDigits().test();
        DrawingClassifier classifier = classifier();
        var random = new Random(5);
        int pad = 448;
        int correct = 0;
        int count = 0;
        for (int i = 0; i < test.size(); i += 2) {
            PenRedraw pen = PenRedraw.of(new InkImage(28, 28, test.image(i)));
            if (!pen.hasLine()) {
                continue;
            }
            double height = pad * (0.33 + 0.62 * random.nextDouble());
            double scale = height / pen.lineExtent();
            double radius = (0.025 + 0.2 * random.nextDouble()) * height / 2;
            double span = pen.width() * scale;
            double room = Math.max(0, pad - span);
            double left = span > pad ? (pad - span) / 2 : room * random.nextDouble();
            double top = span > pad ? (pad - span) / 2 : room * random.nextDouble();
            InkImage drawing = pen.renderOnCanvas(pad, scale, left, top, radius);
            if (classifier.classify(drawing).prediction() == test.label(i)) {
                correct++;
            }
            count++;
        }

        assertThat(count).isGreaterThan(450);
        assertThat(correct / (double) count).isGreaterThanOrEqualTo(0.9);
    }
}
