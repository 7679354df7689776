package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LeakyReluSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.Size2;

/**
 * The short text of a block's key settings, e.g. "784 → 256", "1 → 6, 5×5, pad 2", "p = 0.5", "num_features 6".
 */
public final class BlockFormat {
    private BlockFormat() {
    }

    public static String keyParams(LayerSpec spec) {
        if (spec instanceof LinearSpec l) {
            return l.inFeatures() + " → " + l.outFeatures();
        }
        if (spec instanceof Conv2dSpec c) {
            return c.inChannels() + " → " + c.outChannels() + ", " + kernel(c.kernelSize())
                    + extras(c.padding(), c.stride(), Size2.of(1));
        }
        if (spec instanceof MaxPool2dSpec m) {
            return kernel(m.kernelSize()) + extras(m.padding(), m.stride(), m.kernelSize());
        }
        if (spec instanceof AvgPool2dSpec a) {
            return kernel(a.kernelSize()) + extras(a.padding(), a.stride(), a.kernelSize());
        }
        if (spec instanceof BatchNormSpec b) {
            return "num_features " + b.numFeatures();
        }
        if (spec instanceof DropoutSpec d) {
            return "p = " + trim(d.p());
        }
        if (spec instanceof LeakyReluSpec r) {
            return "slope " + trim(r.negativeSlope());
        }
        return "";
    }

    private static String kernel(Size2 k) {
        return k.height() + "×" + k.width();
    }

    private static String extras(Size2 padding, Size2 stride, Size2 defaultStride) {
        var sb = new StringBuilder();
        if (padding.height() != 0 || padding.width() != 0) {
            sb.append(", pad ").append(padding);
        }
        if (!stride.equals(defaultStride)) {
            sb.append(", stride ").append(stride);
        }
        return sb.toString();
    }

    /** 0.5 → "0.5", 1.0 → "1", 0.01 → "0.01". */
    public static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** 61706 → "61,706"; 1234567 → "1.23 M". */
    public static String count(long n) {
        if (n >= 10_000_000L) {
            return String.format(java.util.Locale.ROOT, "%.1f M", n / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
