package io.github.dlplayground.visuals.confusion;

import java.util.Optional;

/**
 * Geometry of the heat map for a size: a square grid of k×k cells right of the row labels and below the
 * rotated column labels, with room for the two axis titles. Pure arithmetic, testable without the toolkit.
 */
public record ConfusionMatrixLayout(double gridX, double gridY, double cell, int classes, double labelWidth,
                                    double headerHeight, double font) {
    /** Lays out k classes in width×height; {@code scale} is 1.5 in presenter mode. */
    public static ConfusionMatrixLayout of(int classes, double width, double height, double scale) {
        double font = 11 * scale;
        double title = font * 1.8;
        double labelWidth = Math.min(width * 0.3, font * 7.5);
        double headerHeight = Math.min(height * 0.3, font * 6.5);
        double availW = width - labelWidth - title - 8 * scale;
        double availH = height - headerHeight - title - 8 * scale;
        double cell = Math.max(4, Math.floor(Math.min(availW, availH) / Math.max(1, classes)));
        double gridX = title + labelWidth;
        double gridY = title + headerHeight;
        return new ConfusionMatrixLayout(gridX, gridY, cell, classes, labelWidth, headerHeight, font);
    }

    public double gridSize() {
        return cell * classes;
    }

    public double cellX(int predicted) {
        return gridX + predicted * cell;
    }

    public double cellY(int trueClass) {
        return gridY + trueClass * cell;
    }

    /** The cell under (x, y), if any. */
    public Optional<MatrixCell> hit(double x, double y) {
        if (x < gridX || y < gridY) {
            return Optional.empty();
        }
        int p = (int) ((x - gridX) / cell);
        int t = (int) ((y - gridY) / cell);
        if (p >= classes || t >= classes) {
            return Optional.empty();
        }
        return Optional.of(new MatrixCell(t, p));
    }
}
