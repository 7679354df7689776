package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.visuals.network.BlockFormat;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short texts for settings and rates that people read and type back: 0.9, 1E-8, 1E+30 (three significant digits at most when scientific). */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) {
            return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toString();
        }
        return BlockFormat.trim(new BigDecimal(v).round(new MathContext(6)).doubleValue());
    }
}
