package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;

/**
 * Maps the model plane (bounds, y up) to a pixel rectangle [left, right] × [top, bottom] (y down) and back.
 * Immutable; plain Java.
 */
public record Viewport(Bounds bounds, double left, double top, double right, double bottom) {
    public double px(double x) {
        return left + (x - bounds.xMin()) / bounds.width() * (right - left);
    }

    public double py(double y) {
        return bottom - (y - bounds.yMin()) / bounds.height() * (bottom - top);
    }

    public double x(double px) {
        return bounds.xMin() + (px - left) / (right - left) * bounds.width();
    }

    public double y(double py) {
        return bounds.yMin() + (bottom - py) / (bottom - top) * bounds.height();
    }

    public boolean inside(double px, double py) {
        return px >= left && px <= right && py >= top && py <= bottom;
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    /** Model units per pixel along x. */
    public double unitsPerPixelX() {
        return bounds.width() / (right - left);
    }

    public double unitsPerPixelY() {
        return bounds.height() / (bottom - top);
    }
}
