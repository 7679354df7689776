package io.github.dlplayground.visuals.convolution;

/** An axis-aligned rectangle in view pixels. */
public record Rect(double x, double y, double width, double height) {
    public boolean contains(double px, double py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
