package io.github.dlplayground.visuals.convolution;

/**
 * A cell under the pointer. INPUT: channel = input channel, (row, col) in padded coordinates; KERNEL:
 * channel = output channel, inChannel = input channel, (row, col) in the sliding kernel; BIAS: channel =
 * output channel; OUTPUT: channel = output channel, (row, col) in the output.
 */
public record CellRef(Kind kind, int channel, int inChannel, int row, int col) {
    public enum Kind { INPUT, KERNEL, BIAS, OUTPUT }
}
