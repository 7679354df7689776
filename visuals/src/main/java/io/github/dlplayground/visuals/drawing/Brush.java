package io.github.dlplayground.visuals.drawing;

/**
 * Paints antialiased round strokes into a square float ink buffer: a segment of radius r covers pixel
 * centre p with coverage clamp(r + ½ − d(p, segment), 0, 1). Ink takes the maximum of old ink and coverage
 * (overlaps never darken twice); the eraser takes the minimum of old ink and 1 − coverage.
 */
final class Brush {
    private final float[] ink;
    private final int size;

    Brush(float[] ink, int size) {
        this.ink = ink;
        this.size = size;
    }

    /** A capsule from (x0, y0) to (x1, y1), in buffer pixels. */
    void segment(double x0, double y0, double x1, double y1, double radius, boolean eraser) {
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, x1) - radius - 1));
        int maxX = Math.min(size - 1, (int) Math.ceil(Math.max(x0, x1) + radius + 1));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, y1) - radius - 1));
        int maxY = Math.min(size - 1, (int) Math.ceil(Math.max(y0, y1) + radius + 1));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        for (int y = minY; y <= maxY; y++) {
            double py = y + 0.5;
            for (int x = minX; x <= maxX; x++) {
                double px = x + 0.5;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
                double ex = px - (x0 + t * dx);
                double ey = py - (y0 + t * dy);
                double coverage = radius + 0.5 - Math.sqrt(ex * ex + ey * ey);
                if (coverage > 0) {
                    float c = (float) Math.min(1, coverage);
                    int i = y * size + x;
                    ink[i] = eraser ? Math.min(ink[i], 1f - c) : Math.max(ink[i], c);
                }
            }
        }
    }

    /**
     * The quadratic Bézier from a to b with control point c, as short capsules about 2 pixels long
     * (B(t) = (1−t)²a + 2t(1−t)c + t²b).
     */
    void curve(double ax, double ay, double cx, double cy, double bx, double by, double radius, boolean eraser) {
        double length = Math.hypot(cx - ax, cy - ay) + Math.hypot(bx - cx, by - cy);
        int pieces = Math.max(1, (int) Math.ceil(length / 2));
        double px = ax;
        double py = ay;
        for (int k = 1; k <= pieces; k++) {
            double t = (double) k / pieces;
            double u = 1 - t;
            double qx = u * u * ax + 2 * t * u * cx + t * t * bx;
            double qy = u * u * ay + 2 * t * u * cy + t * t * by;
            segment(px, py, qx, qy, radius, eraser);
            px = qx;
            py = qy;
        }
    }
}
