package io.github.dlplayground.visuals.convolution;

/**
 * One animation step: the output cell (channel, row, col) being filled and the window's top-left corner
 * (top, left) in padded-input coordinates, top = row·s_h, left = col·s_w.
 */
public record WindowPosition(int outChannel, int row, int col, int top, int left) {
}
