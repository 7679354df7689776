package io.github.dlplayground.engine.util;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Element-wise functions with the Vector API (loaded only when {@link Simd#available()}): the JIT compiles the
 * exponential of whole vectors to the platform's vector math routines.
 */
final class SimdMath {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED.length() >= 8
            ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;

    /** Below −87.3, e^x is no longer a normal float. */
    private static final float DENORMAL_FROM = 87.3f;

    private SimdMath() {
    }

    static int lanes() {
        return SPECIES.length();
    }

    /**
     * y[i] = σ(x[i]) for i in [from, to): t = e^(−|x|), σ = 1 / (1 + t) for x ≥ 0 and t / (1 + t) otherwise, so
     * that no intermediate overflows and tiny results keep their precision. NaN stays NaN. x and y may be the same
     * array.
     */
    static void sigmoid(float[] x, float[] y, int from, int to) {
        var s = SPECIES;
        FloatVector one = FloatVector.broadcast(s, 1f);
        int i = from;
        for (int end = to - s.length(); i <= end; i += s.length()) {
            FloatVector v = FloatVector.fromArray(s, x, i);
            FloatVector t = v.abs().neg().lanewise(VectorOperators.EXP);
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

    /** σ(x) in double, rounded once: for the few values the vectors leave (denormal results, a short tail). */
    private static float scalar(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-(double) x)));
    }
}
