package io.github.dlplayground.visuals.surface;

/**
 * Maps f to [0, 1] for colouring: linear t = (f − min)/(max − min), or logarithmic
 * t = ln(1 + (f − min)/δ) / ln(1 + (max − min)/δ) with δ = (max − min)/1000, which spreads the low values
 * of surfaces whose range spans decades (Rosenbrock) and works for negative f too.
 */
public final class ColorScale {
    private final double min;
    private final double max;
    private final boolean log;
    private final double delta;
    private final double logRange;

    public ColorScale(double min, double max, boolean log) {
        if (!(max > min)) {
            max = min + 1;
        }
        this.min = min;
        this.max = max;
        this.log = log;
        delta = (max - min) / 1000;
        logRange = Math.log1p((max - min) / delta);
    }

    public double t(double f) {
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        double u = Math.max(0, f - min);
        return log ? Math.log1p(u / delta) / logRange : u / (max - min);
    }

    /** The f whose colour is t. */
    public double inverse(double t) {
        return log ? min + delta * Math.expm1(t * logRange) : min + t * (max - min);
    }

    /** n levels evenly spaced in colour between min and max (exclusive): where contour lines go. */
    public double[] levels(int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = inverse((k + 1.0) / (n + 1));
        }
        return out;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean log() {
        return log;
    }
}
