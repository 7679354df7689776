package io.github.dlplayground.engine.surface;

/** An axis-aligned rectangle [xMin, xMax] × [yMin, yMax] of the plane (for a curve: x range × f range). */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {
    public Bounds {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("bounds need xMin < xMax and yMin < yMax, got [" + xMin + ", " + xMax
                    + "] × [" + yMin + ", " + yMax + "]");
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** These bounds scaled by {@code factor} about the point (cx, cy): factor < 1 zooms in. */
    public Bounds zoom(double cx, double cy, double factor) {
        return new Bounds(cx + (xMin - cx) * factor, cx + (xMax - cx) * factor,
                cy + (yMin - cy) * factor, cy + (yMax - cy) * factor);
    }

    /** These bounds moved by (dx, dy). */
    public Bounds pan(double dx, double dy) {
        return new Bounds(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
    }
}
