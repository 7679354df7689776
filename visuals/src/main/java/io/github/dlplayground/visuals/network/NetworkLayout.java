package io.github.dlplayground.visuals.network;

import java.util.OptionalInt;

/**
 * Where blocks go on the canvas: the input block at position 0 and layer i at position i + 1, left to right
 * in rows that wrap at the width, with room for an arrow between neighbours. Gap g (0 … n) is the insertion
 * point before layer g. Pure arithmetic, testable without the toolkit.
 */
public record NetworkLayout(int positions, int columns, double blockWidth, double blockHeight, double gapX,
                            double gapY, double margin) {
    /** Lays out n layers (plus the input block) for a width; {@code scale} is 1.5 in presenter mode. */
    public static NetworkLayout of(int layers, double width, double scale) {
        double w = 150 * scale;
        double h = 92 * scale;
        double gx = 30 * scale;
        double gy = 30 * scale;
        double margin = 12 * scale;
        int columns = Math.max(1, (int) Math.floor((width - 2 * margin + gx) / (w + gx)));
        return new NetworkLayout(layers + 1, columns, w, h, gx, gy, margin);
    }

    public int row(int position) {
        return position / columns;
    }

    public double x(int position) {
        return margin + (position % columns) * (blockWidth + gapX);
    }

    public double y(int position) {
        return margin + row(position) * (blockHeight + gapY);
    }

    /** Total height of all rows. */
    public double height() {
        int rows = (positions + columns - 1) / columns;
        return 2 * margin + rows * blockHeight + (rows - 1) * gapY;
    }

    /** The position (0 = input, i + 1 = layer i) of the block under (px, py). */
    public OptionalInt positionAt(double px, double py) {
        for (int p = 0; p < positions; p++) {
            if (px >= x(p) && px < x(p) + blockWidth && py >= y(p) && py < y(p) + blockHeight) {
                return OptionalInt.of(p);
            }
        }
        return OptionalInt.empty();
    }

    /** The layer index under (px, py): −1 for the input block, empty for none. */
    public OptionalInt layerAt(double px, double py) {
        var p = positionAt(px, py);
        return p.isPresent() ? OptionalInt.of(p.getAsInt() - 1) : OptionalInt.empty();
    }

    /**
     * The insertion gap nearest to (px, py): the row from y, then before the first block whose centre lies
     * right of x. Never before the input block.
     */
    public int gapAt(double px, double py) {
        int rows = (positions + columns - 1) / columns;
        int row = (int) Math.floor((py - margin + gapY / 2) / (blockHeight + gapY));
        row = Math.max(0, Math.min(rows - 1, row));
        int first = row * columns;
        int last = Math.min(positions - 1, first + columns - 1);
        int gap = last;
        for (int p = first; p <= last; p++) {
            if (px < x(p) + blockWidth / 2) {
                gap = p - 1;
                break;
            }
        }
        return Math.max(0, Math.min(positions - 1, gap));
    }

    /** Centre of the marker drawn for gap g: right of position g (between it and the next block). */
    public double[] gapMarker(int gap) {
        double x = x(gap) + blockWidth + gapX / 2;
        return new double[] {x, y(gap), y(gap) + blockHeight};
    }
}
