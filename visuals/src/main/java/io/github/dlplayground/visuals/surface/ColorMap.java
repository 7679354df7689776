package io.github.dlplayground.visuals.surface;

/**
 * The perceptually uniform viridis colour map (dark blue → green → yellow) as 256 ARGB entries,
 * interpolated linearly between every 8th entry of matplotlib's viridis table (matplotlib 3.6, CC0).
 */
public final class ColorMap {
    /** matplotlib viridis entries 0, 8, 16, …, 248 and 255, as 0xRRGGBB. */
    private static final int[] ANCHORS = {
        0x440154, 0x470d60, 0x48186a, 0x482374, 0x472d7b, 0x453781, 0x424086, 0x3e4989, 0x3b528b, 0x375b8d,
        0x33638d, 0x2f6b8e, 0x2c728e, 0x297a8e, 0x26828e, 0x23898e, 0x21918c, 0x1f988b, 0x1fa088, 0x22a785,
        0x28ae80, 0x32b67a, 0x3fbc73, 0x4ec36b, 0x5ec962, 0x70cf57, 0x84d44b, 0x98d83e, 0xaddc30, 0xc2df23,
        0xd8e219, 0xece51b, 0xfde725,
    };
    private static final int[] LUT = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            double[] c = rgb(i / 255.0);
            LUT[i] = 0xFF000000 | channel(c[0]) << 16 | channel(c[1]) << 8 | channel(c[2]);
        }
    }

    private ColorMap() {
    }

    /** r, g, b in [0, 1] at t (clamped to [0, 1]). */
    public static double[] rgb(double t) {
        double index = Math.max(0, Math.min(1, t)) * 255;
        int k = Math.min(ANCHORS.length - 2, (int) (index / 8));
        double i0 = 8.0 * k;
        double i1 = k + 1 == ANCHORS.length - 1 ? 255 : 8.0 * (k + 1);
        double u = (index - i0) / (i1 - i0);
        double[] out = new double[3];
        for (int ch = 0; ch < 3; ch++) {
            int shift = 16 - 8 * ch;
            double a = (ANCHORS[k] >> shift) & 0xFF;
            double b = (ANCHORS[k + 1] >> shift) & 0xFF;
            out[ch] = (a + u * (b - a)) / 255;
        }
        return out;
    }

    /** The ARGB colour at t (clamped to [0, 1]); NaN gives transparent. */
    public static int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        return LUT[(int) Math.round(Math.max(0, Math.min(1, t)) * 255)];
    }

    private static int channel(double v) {
        return (int) Math.round(v * 255);
    }
}
