package io.github.dlplayground.visuals.gallery;

import java.util.OptionalInt;

/**
 * Tiles of a gallery for a width: as many columns as fit at the tile size, each tile an image square and
 * two caption lines below it. Pure arithmetic.
 */
public record GalleryLayout(int columns, double tile, double image, double captionHeight, double gap) {
    public static GalleryLayout of(double width, double scale) {
        double image = 64 * scale;
        double gap = 8 * scale;
        double caption = 30 * scale;
        double tile = image + 2 * gap;
        int columns = Math.max(1, (int) Math.floor((width - gap) / tile));
        return new GalleryLayout(columns, tile, image, caption, gap);
    }

    public double rowHeight() {
        return image + captionHeight + gap;
    }

    public double x(int i) {
        return gap + (i % columns) * tile + gap / 2;
    }

    public double y(int i) {
        return gap / 2 + (i / columns) * rowHeight();
    }

    /** The height needed for n items. */
    public double height(int n) {
        int rows = (n + columns - 1) / columns;
        return gap + rows * rowHeight();
    }

    /** The item index under (x, y) among n items. */
    public OptionalInt hit(double px, double py, int n) {
        for (int i = 0; i < n; i++) {
            if (px >= x(i) && px < x(i) + image && py >= y(i) && py < y(i) + image + captionHeight) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
