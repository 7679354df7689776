package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.visuals.convolution.Picture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FashionSamplesTest {
    @Test
    void readsTheShippedTestImagesDownscaledTo14By14() throws DataException {
        FashionSamples samples = FashionSamples.load();
        assertThat(samples.count()).isEqualTo(2000);
        assertThat(samples.label(0)).isBetween(0, 9);
        Picture p = samples.picture(0);
        assertThat(p.height()).isEqualTo(14);
        assertThat(p.width()).isEqualTo(14);
        double sum = 0;
        for (float v : p.pixels()) {
            assertThat(v).isBetween(0f, 1f);
            sum += v;
        }
        assertThat(sum).as("a clothing image is not blank").isGreaterThan(5);
    }
}
