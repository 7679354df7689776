package io.github.dlplayground.visuals.formula;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaRendererTest {
    private static final String SOFTMAX = "\\hat{y}_j = \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}";

    @Test
    void rendersInkInTheRequestedColourOnTransparentBackground() {
        BufferedImage image = FormulaRenderer.renderAwt(SOFTMAX, 20, new Color(0xe6, 0xed, 0xf3));
        int ink = 0;
        int transparent = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha == 0) {
                    transparent++;
                } else if (alpha == 255) {
                    ink++;
                    assertThat(argb & 0xffffff).isEqualTo(0xe6edf3);
                }
            }
        }
        assertThat(ink).isGreaterThan(50);
        assertThat(transparent).isGreaterThan(ink);
    }

    @Test
    void largerSizeGivesProportionallyLargerImage() {
        BufferedImage normal = FormulaRenderer.renderAwt(SOFTMAX, 18, Color.BLACK);
        BufferedImage presenter = FormulaRenderer.renderAwt(SOFTMAX, 27, Color.BLACK);
        double ratio = (double) presenter.getWidth() / normal.getWidth();
        assertThat(ratio).isBetween(1.4, 1.6);
        assertThat(presenter.getHeight()).isGreaterThan(normal.getHeight());
    }

    @Test
    void unknownCommandIsRefusedWithTheFormulaInTheMessage() {
        assertThatThrownBy(() -> FormulaRenderer.renderAwt("\\nosuchcommand{x}", 18, Color.BLACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\nosuchcommand{x}")
                .hasMessageContaining("cannot be typeset");
    }

    @Test
    void emptyFormulaAndBadSizeAreRefused() {
        assertThatThrownBy(() -> FormulaRenderer.renderAwt(" ", 18, Color.BLACK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> FormulaRenderer.renderAwt("x", 0, Color.BLACK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }
}
