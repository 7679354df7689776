package io.github.dlplayground.visuals.featuremaps;

/** One rows×cols array of numbers to draw as a small heat map (a kernel slice or one channel of a feature map). */
public record Tile(float[] values, int rows, int cols) {
    public Tile {
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("tile of " + rows + "×" + cols + " needs " + rows * cols
                    + " values, got " + values.length);
        }
    }

    /** Channel c of a C×H×W block stored from {@code offset}: a copy of H·W values. */
    public static Tile channel(float[] data, int offset, int c, int h, int w) {
        float[] v = new float[h * w];
        System.arraycopy(data, offset + c * h * w, v, 0, h * w);
        return new Tile(v, h, w);
    }
}
