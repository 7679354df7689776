package io.github.dlplayground.engine.digits;

/** Synthetic pen strokes for tests: antialiased capsules (discs swept along a segment). */
final class TestDrawings {
    private TestDrawings() {
    }

    /** Adds a stroke of the given radius from (x0, y0) to (x1, y1); ink = max(old, coverage). */
    static void stroke(InkImage image, double x0, double y0, double x1, double y1, double radius) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
                double d = Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
                float coverage = (float) Math.max(0, Math.min(1, radius + 0.5 - d));
                int i = y * image.width() + x;
                image.ink()[i] = Math.max(image.ink()[i], coverage);
            }
        }
    }

    /** The image enlarged {@code factor} times with bilinear interpolation (a smooth, big drawing of it). */
    static InkImage enlarge(InkImage image, int factor) {
        InkImage out = InkImage.blank(image.width() * factor, image.height() * factor);
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                out.ink()[y * out.width() + x] = PenRedraw.bilinear(image, (x + 0.5) / factor - 0.5,
                        (y + 0.5) / factor - 0.5);
            }
        }
        return out;
    }

    /** Bounding box of the pixels with ink above 0 in a preprocessed input. */
    static BoundingBox inkBox(InkImage image) {
        return BoundingBox.ofInk(image, 0f);
    }
}
