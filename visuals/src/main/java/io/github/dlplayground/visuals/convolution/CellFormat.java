package io.github.dlplayground.visuals.convolution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a number is written in a cell and in the sums: integers without decimals ("19"), others with at most
 * two decimals ("0.25", "−1.5"), a true minus sign, negative factors in parentheses inside products.
 */
public final class CellFormat {
    private CellFormat() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double rounded = Math.round(v * 100.0) / 100.0;
        if (rounded == 0) {
            return "0";
        }
        String text = BigDecimal.valueOf(Math.abs(rounded)).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return rounded < 0 ? "−" + text : text;
    }

    /** As a factor in a product: negative numbers in parentheses, "(−1)". */
    public static String factor(double v) {
        String text = format(v);
        return text.startsWith("−") ? "(" + text + ")" : text;
    }
}
