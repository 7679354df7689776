package io.github.dlplayground.engine.util;

/**
 * e^x in float precision without a trip through double: x = k·ln2 + r with |r| ≤ ln2/2 (k rounded by adding
 * 1.5·2²³, ln2 split in two parts for exact reduction), e^r by the Cephes expf polynomial, then scaled by 2^k
 * through the exponent bits. Relative error below 1 ulp; +∞ above 88.37, 0 below −87.33, NaN stays NaN.
 * {@link #sigmoid} applies the same reduction to whole arrays in loops the JIT turns into SIMD code.
 */
public final class FloatMath {
    static final float LOG2E = 1.44269504088896341f;
    static final float LN2_HIGH = 0.693359375f;
    static final float LN2_LOW = -2.12194440e-4f;
    private static final float MAX_ARGUMENT = 88.37626f;
    private static final float MIN_ARGUMENT = -87.33654f;
    /** 1.5·2²³: adding it rounds to an integer, which then sits in the low mantissa bits. */
    static final float ROUNDER = 12582912f;
    static final int ROUNDER_BITS = 0x4B400000;

    /** Values per pass of {@link #sigmoid}: its working arrays stay in the L1 cache. */
    private static final int SIGMOID_CHUNK = 512;
    /** Above this |x| the logistic function is 0 or 1 in float (e^−104 rounds to 0); also bounds k ≤ 150. */
    private static final float SIGMOID_LIMIT = 104f;

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

    /**
     * y[i] = σ(x[i]) = 1 / (1 + e^(−x[i])) for i in [from, to), within 3 ulp of the exact value (denormal results
     * included, 0 and 1 where the exact value rounds to them, NaN stays NaN). The JIT vectorises only short loops
     * with no branches, no float-to-int moves and the same index on every array, so t = e^(−|x|) = 2^(−k)·e^r is
     * built in passes over chunk-local arrays: k and the Cephes polynomial for e^r, then 2^(−k) as the product
     * of its binary digits (each digit found by rounding with 1.5·2²³), then σ = t / (1 + t) for x &lt; 0 and
     * 1 / (1 + t) otherwise. x and y may be the same array. With the Vector API ({@link Simd}) the same formula
     * runs on whole vectors with the JIT's vector exponential instead.
     */
    public static void sigmoid(float[] x, float[] y, int from, int to) {
        if (Simd.available()) {
            SimdMath.sigmoid(x, y, from, to);
        } else {
            portableSigmoid(x, y, from, to);
        }
    }

    /** {@link #sigmoid} in plain Java loops, used where the Vector API is not (and by tests on both paths). */
    static void portableSigmoid(float[] x, float[] y, int from, int to) {
        float[] v = new float[SIGMOID_CHUNK];
        float[] k = new float[SIGMOID_CHUNK];
        float[] e = new float[SIGMOID_CHUNK];
        float[] scale = new float[SIGMOID_CHUNK];
        for (int start = from; start < to; start += SIGMOID_CHUNK) {
            int n = Math.min(SIGMOID_CHUNK, to - start);
            System.arraycopy(x, start, v, 0, n);
            reduceAndExpRemainder(v, k, e, n);
            lowDigitsOfPowerOfTwo(k, scale, n);
            highDigitsOfPowerOfTwo(k, scale, n);
            logistic(v, e, scale, n);
            System.arraycopy(v, 0, y, start, n);
        }
    }

    /** k = round(a·log₂e) and e = e^r with r = k·ln2 − a, for a = min(|x|, 104): e^(−a) = 2^(−k)·e. */
    private static void reduceAndExpRemainder(float[] x, float[] k, float[] e, int n) {
        for (int i = 0; i < n; i++) {
            float a = Math.min(Math.abs(x[i]), SIGMOID_LIMIT);
            float ki = Math.fma(a, LOG2E, ROUNDER) - ROUNDER;
            k[i] = ki;
            float r = Math.fma(ki, LN2_LOW, Math.fma(ki, LN2_HIGH, -a));
            float p = Math.fma(1.9875691500e-4f, r, 1.3981999507e-3f);
            p = Math.fma(p, r, 8.3334519073e-3f);
            p = Math.fma(p, r, 4.1665795894e-2f);
            p = Math.fma(p, r, 1.6666665459e-1f);
            p = Math.fma(p, r, 5.0000001201e-1f);
            e[i] = Math.fma(p, r * r, r) + 1f;
        }
    }

    /**
     * scale = 2^(−(k mod 16)) from the digits b₀…b₃ of k, each factor (1 − b) + b·2^(−2^j) exact; k ← ⌊k/16⌋.
     * ⌊k/2^j⌋ = round(k·2^(−j) − (1/2 − 2^(−j−1))) for integer k ≥ 0.
     */
    private static void lowDigitsOfPowerOfTwo(float[] k, float[] scale, int n) {
        for (int i = 0; i < n; i++) {
            float k0 = k[i];
            float k1 = (Math.fma(k0, 0.5f, -0.25f) + ROUNDER) - ROUNDER;
            float k2 = (Math.fma(k0, 0.25f, -0.375f) + ROUNDER) - ROUNDER;
            float k3 = (Math.fma(k0, 0.125f, -0.4375f) + ROUNDER) - ROUNDER;
            float k4 = (Math.fma(k0, 0.0625f, -0.46875f) + ROUNDER) - ROUNDER;
            float b0 = Math.fma(k1, -2f, k0);
            float b1 = Math.fma(k2, -2f, k1);
            float b2 = Math.fma(k3, -2f, k2);
            float b3 = Math.fma(k4, -2f, k3);
            float low = Math.fma(b0, 0.5f, 1f - b0) * Math.fma(b1, 0.25f, 1f - b1);
            float high = Math.fma(b2, 0x1p-4f, 1f - b2) * Math.fma(b3, 0x1p-8f, 1f - b3);
            scale[i] = low * high;
            k[i] = k4;
        }
    }

    /** scale ·= 2^(−16·k) for k = ⌊k/16⌋ ≤ 9 (digits worth 2^−16, 2^−32, 2^−64 and 2^−128 = 2^−64·2^−64). */
    private static void highDigitsOfPowerOfTwo(float[] k, float[] scale, int n) {
        for (int i = 0; i < n; i++) {
            float k0 = k[i];
            float k1 = (Math.fma(k0, 0.5f, -0.25f) + ROUNDER) - ROUNDER;
            float k2 = (Math.fma(k0, 0.25f, -0.375f) + ROUNDER) - ROUNDER;
            float k3 = (Math.fma(k0, 0.125f, -0.4375f) + ROUNDER) - ROUNDER;
            float b0 = Math.fma(k1, -2f, k0);
            float b1 = Math.fma(k2, -2f, k1);
            float b2 = Math.fma(k3, -2f, k2);
            float low = Math.fma(b0, 0x1p-16f, 1f - b0) * Math.fma(b1, 0x1p-32f, 1f - b1);
            float top = Math.fma(k3, 0x1p-64f, 1f - k3);
            // Largest factors last, so that the running product underflows only when the result does.
            scale[i] = scale[i] * low * Math.fma(b2, 0x1p-64f, 1f - b2) * top * top;
        }
    }

    /** σ = m / (1 + t) with t = e·scale = e^(−|x|) and m = 1 for x &gt; 0, t otherwise (positive = 1 for x ≥ 2^−30). */
    private static void logistic(float[] x, float[] e, float[] scale, int n) {
        for (int i = 0; i < n; i++) {
            float t = e[i] * scale[i];
            float positive = Math.min(Math.max(x[i], 0f) * 0x1p30f, 1f);
            x[i] = Math.fma(1f - positive, t, positive) / (1f + t);
        }
    }
}
