package io.github.dlplayground.visuals.gallery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GalleryLayoutTest {
    @Test
    void tilesFillRowsAndHitFindsTheItem() {
        var l = GalleryLayout.of(420, 1);
        assertThat(l.columns()).isEqualTo(5);
        assertThat(l.hit(l.x(6) + 2, l.y(6) + 2, 10)).hasValue(6);
        assertThat(l.hit(l.x(6) + 2, l.y(6) + 2, 5)).isEmpty();
        assertThat(l.height(10)).isEqualTo(l.gap() + 2 * l.rowHeight());
    }

    @Test
    void wrongPredictionIsNotCorrect() {
        var item = new GalleryItem(0, new float[4], 2, 2, 3, 5, 0.9);
        assertThat(item.correct()).isFalse();
    }
}
