package io.github.dlplayground.visuals.featuremaps;

import java.util.List;

/**
 * A titled block of tiles in rows of {@code columns}, e.g. "Conv2d 1 — 6 kernels 5×5" or "ReLU 2 output
 * 16×10×10". {@link Scale#SIGNED}: diverging colours around 0 (weights); {@link Scale#MAGNITUDE}: viridis from
 * min to max (activations); {@link Scale#GREY}: an input image in [0, 1] drawn as grey ink. One colour range per
 * section, so tiles compare with each other.
 */
public record TileSection(String title, int columns, List<Tile> tiles, Scale scale) {
    /** How values become colours. */
    public enum Scale { SIGNED, MAGNITUDE, GREY }

    public boolean signed() {
        return scale == Scale.SIGNED;
    }

    public TileSection {
        tiles = List.copyOf(tiles);
        columns = Math.max(1, columns);
    }

    public int rows() {
        return (tiles.size() + columns - 1) / columns;
    }

    /** The colour range: [−m, m] with m = max |v| when signed, else [min, max] over all tiles. */
    public double[] range() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Tile t : tiles) {
            for (float v : t.values()) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (signed()) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            return m == 0 ? new double[] {-1, 1} : new double[] {-m, m};
        }
        return hi == lo ? new double[] {lo, lo + 1} : new double[] {lo, hi};
    }
}
