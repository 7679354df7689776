package io.github.dlplayground.engine.util;

/**
 * e^x in float precision without a trip through double: x = k·ln2 + r with |r| ≤ ln2/2 (k rounded by adding
 * 1.5·2²³, ln2 split in two parts for exact reduction), e^r by the Cephes expf polynomial, then scaled by 2^k
 * through the exponent bits. Relative error below 1 ulp; +∞ above 88.37, 0 below −87.33, NaN stays NaN.
 */
public final class FloatMath {
    private static final float LOG2E = 1.44269504088896341f;
    private static final float LN2_HIGH = 0.693359375f;
    private static final float LN2_LOW = -2.12194440e-4f;
    private static final float MAX_ARGUMENT = 88.37626f;
    private static final float MIN_ARGUMENT = -87.33654f;
    /** 1.5·2²³: adding it rounds to an integer, which then sits in the low mantissa bits. */
    private static final float ROUNDER = 12582912f;
    private static final int ROUNDER_BITS = 0x4B400000;

    private FloatMath() {
    }

    public static float exp(float x) {
        if (x > MAX_ARGUMENT) {
            return Float.POSITIVE_INFINITY;
        }
        if (x < MIN_ARGUMENT) {
            return 0f;
        }
        float shifted = x * LOG2E + ROUNDER;
        int power = Float.floatToRawIntBits(shifted) - ROUNDER_BITS;
        float k = shifted - ROUNDER;
        float r = x - k * LN2_HIGH - k * LN2_LOW;
        float p = 1.9875691500e-4f;
        p = p * r + 1.3981999507e-3f;
        p = p * r + 8.3334519073e-3f;
        p = p * r + 4.1665795894e-2f;
        p = p * r + 1.6666665459e-1f;
        p = p * r + 5.0000001201e-1f;
        float er = p * r * r + r + 1f;
        if (power > 127) {
            // 2^128 has no float exponent; e^x itself is still finite up to MAX_ARGUMENT.
            return er * 2f * Float.intBitsToFloat((power - 1 + 127) << 23);
        }
        return er * Float.intBitsToFloat((power + 127) << 23);
    }
}
