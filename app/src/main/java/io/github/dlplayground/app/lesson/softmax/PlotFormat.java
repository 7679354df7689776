package io.github.dlplayground.app.lesson.softmax;

import java.util.Locale;

/** Number formats of the softmax lesson's readouts: "∞", "NaN" and a real minus sign, as students read them. */
final class PlotFormat {
    private PlotFormat() {
    }

    /** Up to four significant digits; scientific beyond 10⁵ or below 10⁻⁴. */
    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "\u2212\u221e";
        }
        double a = Math.abs(v);
        String t;
        if (a != 0 && (a >= 1e5 || a < 1e-4)) {
            t = String.format(Locale.ROOT, "%.3e", v);
        } else if (a == Math.rint(a) && a < 1e5) {
            t = String.format(Locale.ROOT, "%.0f", v);
        } else {
            t = String.format(Locale.ROOT, "%.4g", v);
        }
        return t.startsWith("-") ? "\u2212" + t.substring(1) : t;
    }
}
