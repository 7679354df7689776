package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.scene.paint.Color;

/**
 * Ink amounts as colours: a 256-entry ARGB table from the palette's paper (background, ink 0) to its
 * ink (foreground, ink 1), so a drawing reads dark-on-light in the light theme and light-on-dark in the dark.
 */
final class InkColours {
    private final int[] table = new int[256];

    InkColours(Palette palette) {
        Color paper = palette.background();
        Color ink = palette.foreground();
        for (int i = 0; i < 256; i++) {
            Color c = paper.interpolate(ink, i / 255.0);
            table[i] = 0xff000000 | channel(c.getRed()) << 16 | channel(c.getGreen()) << 8 | channel(c.getBlue());
        }
    }

    int argb(float ink) {
        return table[Math.round(Math.max(0f, Math.min(1f, ink)) * 255)];
    }

    private static int channel(double v) {
        return (int) Math.round(v * 255);
    }
}
