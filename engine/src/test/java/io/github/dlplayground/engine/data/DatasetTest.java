package io.github.dlplayground.engine.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetTest {
    @Test
    void rejectsLabelOutsideTheClasses() {
        var images = new IdxReader.Images(3, 1, 1, new byte[3]);
        assertThatThrownBy(() -> Dataset.of(DatasetKind.FASHION_MNIST, "train", images, new byte[] {0, 10, 1},
                "imgs", "lbls"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("lbls: label 10 of example 1 is not a class of Fashion-MNIST (0–9)");
    }

    @Test
    void rejectsLabelCountThatDiffersFromImageCount() {
        var images = new IdxReader.Images(3, 1, 1, new byte[3]);
        assertThatThrownBy(() -> Dataset.of(DatasetKind.MNIST, "train", images, new byte[] {0, 1}, "imgs", "lbls"))
                .hasMessage("lbls holds 2 labels but imgs holds 3 images — the two files do not belong together");
    }

    @Test
    void scalesPixelsToUnitInterval() {
        var data = Dataset.of(DatasetKind.MNIST, "t", 1, 3, new byte[] {0, (byte) 255, (byte) 51}, new byte[] {7});
        assertThat(data.image(0)).containsExactly(0f, 1f, 0.2f);
        assertThat(data.pixel(0, 1)).isEqualTo(255);
        assertThat(data.label(0)).isEqualTo(7);
    }

    @Test
    void subsetCopiesChosenExamplesInOrder() {
        var data = Dataset.of(DatasetKind.MNIST, "t", 1, 2, new byte[] {1, 2, 3, 4, 5, 6}, new byte[] {0, 1, 2});
        Dataset sub = data.subset(new int[] {2, 0}, "s");
        assertThat(sub.size()).isEqualTo(2);
        assertThat(sub.label(0)).isEqualTo(2);
        assertThat(sub.pixel(0, 0)).isEqualTo(5);
        assertThat(sub.pixel(1, 1)).isEqualTo(2);
        assertThat(data.classCounts()).containsExactly(1, 1, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void classNamesInBothLanguages() {
        assertThat(DatasetKind.FASHION_MNIST.className(0, "zh")).isEqualTo("T恤/上衣");
        assertThat(DatasetKind.FASHION_MNIST.className(9, "zh")).isEqualTo("短靴");
        assertThat(DatasetKind.FASHION_MNIST.className(9, "en")).isEqualTo("Ankle boot");
        assertThat(DatasetKind.MNIST.classNames("zh")).hasSize(10).first().isEqualTo("0");
    }
}
