package io.github.dlplayground.visuals.featuremaps;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TileSectionTest {
    @Test
    void channelCopiesOnePlaneAndRangeSpansAllTiles() {
        float[] chw = {1, 2, 3, 4, -8, 6, 7, 8};
        Tile second = Tile.channel(chw, 0, 1, 2, 2);
        assertThat(second.values()).containsExactly(-8, 6, 7, 8);
        var s = new TileSection("t", 3, List.of(Tile.channel(chw, 0, 0, 2, 2), second), TileSection.Scale.SIGNED);
        assertThat(s.rows()).isEqualTo(1);
        assertThat(s.range()).containsExactly(-8.0, 8.0);
    }
}
