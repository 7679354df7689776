package io.github.dlplayground.engine.digits;

/**
 * An axis-aligned rectangle of pixels: columns x … x+width−1, rows y … y+height−1.
 */
public record BoundingBox(int x, int y, int width, int height) {
    public BoundingBox {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a bounding box needs a positive size, got " + width + "×" + height);
        }
    }

    /**
     * The smallest box holding every pixel whose ink exceeds {@code threshold}, or null when there is none.
     */
    public static BoundingBox ofInk(InkImage image, float threshold) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        float[] ink = image.ink();
        int w = image.width();
        for (int y = 0; y < image.height(); y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (ink[row + x] > threshold) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** The longer side. */
    public int longSide() {
        return Math.max(width, height);
    }
}
