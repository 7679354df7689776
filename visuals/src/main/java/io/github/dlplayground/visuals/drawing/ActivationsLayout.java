package io.github.dlplayground.visuals.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each layer's maps go in an activations view of a given width: per layer a title line, then its
 * channels as square maps (each map pixel drawn as a block of {@code scale} view pixels, about 48 view
 * pixels per map), or its features as a wrapped strip of cells. Pure geometry, testable without the toolkit.
 */
final class ActivationsLayout {
    static final double GAP = 4;
    static final double CELL = 10;
    static final double MAP_TARGET = 48;

    /** One map (or the vector strip) at (x, y), {@code columns} × {@code rows} blocks of {@code scale}. */
    record Tile(int layer, int channel, double x, double y, double scale) {
    }

    record Placed(double titleY, List<Tile> tiles) {
    }

    private final List<Placed> layers = new ArrayList<>();
    private final double height;

    ActivationsLayout(List<LayerActivation> activations, double width, double titleHeight) {
        double y = 0;
        for (int l = 0; l < activations.size(); l++) {
            LayerActivation a = activations.get(l);
            double titleY = y;
            y += titleHeight;
            var tiles = new ArrayList<Tile>();
            if (a.isVector()) {
                int perRow = Math.max(1, (int) ((width + 1) / (CELL + 1)));
                int rows = (a.channels() + perRow - 1) / perRow;
                tiles.add(new Tile(l, -1, 0, y, CELL));
                y += rows * (CELL + 1) + GAP;
            } else {
                double scale = Math.max(1, Math.round(MAP_TARGET / Math.max(a.height(), a.width())));
                double mapW = a.width() * scale;
                double mapH = a.height() * scale;
                int perRow = Math.max(1, (int) ((width + GAP) / (mapW + GAP)));
                for (int c = 0; c < a.channels(); c++) {
                    tiles.add(new Tile(l, c, (c % perRow) * (mapW + GAP), y + (c / perRow) * (mapH + GAP), scale));
                }
                int rows = (a.channels() + perRow - 1) / perRow;
                y += rows * (mapH + GAP);
            }
            y += GAP;
            layers.add(new Placed(titleY, tiles));
        }
        height = y;
    }

    List<Placed> layers() {
        return layers;
    }

    double height() {
        return height;
    }
}
