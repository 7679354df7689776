package io.github.dlplayground.engine.digits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AreaResamplerTest {
    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        InkImage image = new InkImage(4, 2, new float[] {
            0, 1, 1, 1,
            0, 1, 0, 0});

        InkImage half = AreaResampler.resize(image, 2, 1);

        assertThat(half.ink()).containsExactly(new float[] {0.5f, 0.5f}, within(1e-6f));
    }

    @Test
    void constantImageStaysConstantAtAnyFactor() {
        float[] ink = new float[37 * 23];
        java.util.Arrays.fill(ink, 0.7f);

        InkImage resized = AreaResampler.resize(new InkImage(37, 23, ink), 20, 9);

        for (float v : resized.ink()) {
            assertThat(v).isCloseTo(0.7f, within(1e-5f));
        }
    }

    @Test
    void meanInkIsPreservedAtFractionalFactors() {
        InkImage image = InkImage.blank(31, 17);
        TestDrawings.stroke(image, 3, 3, 27, 12, 2.5);

        InkImage resized = AreaResampler.resize(image, 13, 7);

        double meanBefore = image.totalInk() / (31 * 17);
        double meanAfter = resized.totalInk() / (13 * 7);
        assertThat(meanAfter).isCloseTo(meanBefore, within(1e-5));
    }

    @Test
    void enlargingRepeatsPixels() {
        InkImage image = new InkImage(2, 1, new float[] {0.2f, 0.8f});

        InkImage doubled = AreaResampler.resize(image, 4, 2);

        assertThat(doubled.ink()).containsExactly(new float[] {0.2f, 0.2f, 0.8f, 0.8f, 0.2f, 0.2f, 0.8f, 0.8f},
                within(1e-6f));
    }
}
