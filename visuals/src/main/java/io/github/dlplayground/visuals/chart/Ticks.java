package io.github.dlplayground.visuals.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks people like to read: linear ticks at 1, 2 or 5 × 10ᵏ steps, logarithmic ticks at powers of ten
 * (with 2 and 5 in between when few decades show), and short labels for them.
 */
public final class Ticks {
    private Ticks() {
    }

    /** About {@code target} ticks inside [min, max] at a step of 1, 2 or 5 × 10ᵏ. */
    public static double[] linear(double min, double max, int target) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[] {min};
        }
        double step = niceStep((max - min) / Math.max(1, target));
        long first = (long) Math.ceil(min / step - 1e-9);
        var out = new ArrayList<Double>();
        for (long k = first; k * step <= max + step * 1e-9 && out.size() <= 1000; k++) {
            // k·step, rounded to the step's decimals so that 3·0.1 reads 0.3
            double v = k * step;
            double digits = Math.pow(10, Math.max(0, -Math.floor(Math.log10(step))));
            out.add(k == 0 ? 0.0 : Math.round(v * digits) / digits);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The tick step for a raw step: the nearest 1, 2 or 5 × 10ᵏ. */
    public static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double nice = r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** Ticks for a log axis over [min, max] (both > 0): powers of ten, plus 2 and 5 when under 3 decades. */
    public static double[] log(double min, double max) {
        if (!(min > 0) || !(max > min)) {
            return new double[0];
        }
        int lo = (int) Math.floor(Math.log10(min));
        int hi = (int) Math.ceil(Math.log10(max));
        int every = Math.max(1, (hi - lo) / 8);
        List<Double> out = new ArrayList<>();
        boolean fine = hi - lo <= 3;
        for (int k = lo; k <= hi; k++) {
            if ((k - lo) % every != 0) {
                continue;
            }
            double p = Math.pow(10, k);
            for (double m : fine ? new double[] {1, 2, 5} : new double[] {1}) {
                double v = m * p;
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A short label: 0.5, 12, 1e-4, 2.5e+06. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-3) {
            int exponent = (int) Math.floor(Math.log10(a));
            String mantissa = format(v / Math.pow(10, exponent));
            return mantissa + "e" + exponent;
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
