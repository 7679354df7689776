package io.github.dlplayground.visuals.drawing;

/**
 * The viridis colour map (perceptually uniform, readable in grey and by colour-blind eyes) as a
 * 256-entry ARGB table interpolated between nine of matplotlib's stops.
 */
public final class Viridis {
    private static final int[] STOPS = {
        0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
    private static final int[] TABLE = build();

    private Viridis() {
    }

    /** Opaque ARGB colour for t in [0, 1] (clamped). */
    public static int argb(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return TABLE[(int) Math.round(c * 255)];
    }

    private static int[] build() {
        int[] table = new int[256];
        int segments = STOPS.length - 1;
        for (int i = 0; i < 256; i++) {
            double pos = i / 255.0 * segments;
            int k = Math.min(segments - 1, (int) Math.floor(pos));
            double f = pos - k;
            int a = STOPS[k];
            int b = STOPS[k + 1];
            table[i] = 0xff000000 | mix(a >> 16, b >> 16, f) << 16 | mix(a >> 8, b >> 8, f) << 8 | mix(a, b, f);
        }
        return table;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }
}
