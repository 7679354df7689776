package io.github.dlplayground.visuals.drawing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivationsLayoutTest {
    @Test
    void mapsWrapIntoRowsThatFitTheWidth() {
        var conv = new LayerActivation("conv", 8, 28, 28, new float[8 * 28 * 28]);
        // 28×28 maps at scale 2 are 56 wide; 4 fit into 240 (4·56 + 3·4 = 236)
        var layout = new ActivationsLayout(List.of(conv), 240, 20);

        var tiles = layout.layers().get(0).tiles();
        assertThat(tiles).hasSize(8);
        assertThat(tiles.get(3).x()).isEqualTo(3 * 60.0);
        assertThat(tiles.get(4).x()).isZero();
        assertThat(tiles.get(4).y()).isEqualTo(20 + 60.0);
        assertThat(layout.height()).isEqualTo(20 + 2 * 60.0 + ActivationsLayout.GAP);
    }

    @Test
    void vectorsBecomeAStripBelowTheirTitle() {
        var conv = new LayerActivation("conv", 2, 10, 10, new float[200]);
        var logits = new LayerActivation("linear", 10, 1, 1, new float[10]);
        var layout = new ActivationsLayout(List.of(conv, logits), 300, 20);

        var strip = layout.layers().get(1);
        assertThat(strip.tiles()).hasSize(1);
        assertThat(strip.tiles().get(0).y()).isEqualTo(strip.titleY() + 20);
        assertThat(logits.isVector()).isTrue();
    }

    @Test
    void activationNeedsMatchingValues() {
        assertThatThrownBy(() -> new LayerActivation("conv", 2, 3, 3, new float[17]))
                .hasMessageContaining("conv").hasMessageContaining("18");
    }
}
