package io.github.dlplayground.visuals.drawing;

/** The pixel under the pointer in an image view: column x, row y and its value. */
public record PixelProbe(int x, int y, float value) {
}
