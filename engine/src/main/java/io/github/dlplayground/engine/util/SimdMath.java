package io.github.dlplayground.engine.util;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shape of the engine's Vector API loops, and element-wise functions on it (loaded only when
 * {@link Simd#available()}), with an exponential of the engine's own on whole vectors.
 */
public final class SimdMath {
    /**
     * The vectors every engine loop uses: the widest the CPU has (16 floats with AVX-512, 8 with AVX2). One shape
     * for every loop: with 256-bit loops and 512-bit loops in one process, the JIT compiled whichever it reached
     * second without vector instructions (measured: 20× slower), and on the 512-bit machines measured the
     * products run twice as fast as with 256-bit vectors while the convolutions kept their speed.
     */
    public static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    /** Ints in vectors of the same shape (as many lanes as {@link #FLOATS}). */
    public static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, FLOATS.vectorShape());

    /** Below −87.3, e^x is no longer a normal float. */
    private static final float DENORMAL_FROM = 87.3f;

    private SimdMath() {
    }

    /**
     * y[i] = σ(x[i]) for i in [from, to): t = e^(−|x|), σ = 1 / (1 + t) for x ≥ 0 and t / (1 + t) otherwise, so
     * that no intermediate overflows and tiny results keep their precision. NaN stays NaN. x and y may be the same
     * array.
     */
    static void sigmoid(float[] x, float[] y, int from, int to) {
        var s = FLOATS;
        FloatVector one = FloatVector.broadcast(s, 1f);
        int i = from;
        for (int end = to - s.length(); i <= end; i += s.length()) {
            FloatVector v = FloatVector.fromArray(s, x, i);
            FloatVector t = expOfMinus(v.abs().min(DENORMAL_FROM));
            VectorMask<Float> negative = v.compare(VectorOperators.LT, 0f);
            VectorMask<Float> tiny = v.compare(VectorOperators.LT, -DENORMAL_FROM);
            one.blend(t, negative).div(one.add(t)).intoArray(y, i);
            if (tiny.anyTrue()) {
                // The vector exponential flushes results below the normal range to zero; σ(x) is e^x there.
                for (int lane = 0; lane < s.length(); lane++) {
                    if (tiny.laneIsSet(lane)) {
                        y[i + lane] = scalar(v.lane(lane));
                    }
                }
            }
        }
        for (; i < to; i++) {
            y[i] = scalar(x[i]);
        }
    }

    /**
     * e^(−a) for 0 ≤ a ≤ 87.3 (NaN stays NaN), the reduction of {@link FloatMath#exp} on whole vectors: k =
     * round(a·log₂e) by adding 1.5·2²³, r = k·ln2 − a in two parts, e^r by the Cephes polynomial, times 2^(−k) built
     * from k's bits, which the rounding left in the low mantissa of a·log₂e + 1.5·2²³.
     */
    private static FloatVector expOfMinus(FloatVector a) {
        FloatVector shifted = a.fma(FloatMath.LOG2E, FloatMath.ROUNDER);
        FloatVector k = shifted.sub(FloatMath.ROUNDER);
        FloatVector r = k.fma(of(FloatMath.LN2_LOW), k.fma(of(FloatMath.LN2_HIGH), a.neg()));
        FloatVector p = r.fma(1.9875691500e-4f, 1.3981999507e-3f);
        p = p.fma(r, of(8.3334519073e-3f));
        p = p.fma(r, of(4.1665795894e-2f));
        p = p.fma(r, of(1.6666665459e-1f));
        p = p.fma(r, of(5.0000001201e-1f));
        FloatVector er = p.fma(r.mul(r), r).add(1f);
        IntVector bits = IntVector.broadcast(INTS, 127 + FloatMath.ROUNDER_BITS)
                .sub(shifted.reinterpretAsInts()).lanewise(VectorOperators.LSHL, 23);
        return er.mul(bits.reinterpretAsFloats());
    }

    private static FloatVector of(float value) {
        return FloatVector.broadcast(FLOATS, value);
    }

    /** σ(x) in double, rounded once: for the few values the vectors leave (denormal results, a short tail). */
    private static float scalar(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-(double) x)));
    }
}
