package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.SimdMath;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * 2×2 max pooling with stride 2 written with the Vector API: the four corners of {@link #LANES} neighbouring
 * windows are gathered into four vectors (windows run on across output rows, so only a plane's last few windows
 * are left to the caller), and the same rule as the plain loop picks the maximum: going through top-left,
 * top-right, bottom-left, bottom-right, a value replaces the best so far when it is larger or NaN.
 */
final class SimdPooling {
    private static final VectorSpecies<Float> FLOATS = SimdMath.FLOATS;
    private static final VectorSpecies<Integer> INTS = SimdMath.INTS;
    static final int LANES = FLOATS.length();

    private SimdPooling() {
    }

    /**
     * For windows q in [0, count − count mod LANES): y[yOffset + q] = the maximum of the 2×2 window whose top-left
     * corner is x[xOffset + corners[q]], where[yOffset + q] its index in the plane. Returns how many windows it did.
     */
    static int maxHalving(float[] x, int xOffset, int width, int[] corners, int count, float[] y, int[] where,
                          int yOffset) {
        int q = 0;
        for (; q + LANES <= count; q += LANES) {
            IntVector corner = IntVector.fromArray(INTS, corners, q);
            FloatVector best = FloatVector.fromArray(FLOATS, x, xOffset, corners, q);
            IntVector index = corner;
            FloatVector next = FloatVector.fromArray(FLOATS, x, xOffset + 1, corners, q);
            VectorMask<Float> take = wins(next, best);
            best = best.blend(next, take);
            index = index.blend(corner.add(1), take.cast(INTS));
            next = FloatVector.fromArray(FLOATS, x, xOffset + width, corners, q);
            take = wins(next, best);
            best = best.blend(next, take);
            index = index.blend(corner.add(width), take.cast(INTS));
            next = FloatVector.fromArray(FLOATS, x, xOffset + width + 1, corners, q);
            take = wins(next, best);
            best = best.blend(next, take);
            index = index.blend(corner.add(width + 1), take.cast(INTS));
            best.intoArray(y, yOffset + q);
            index.intoArray(where, yOffset + q);
        }
        return q;
    }

    /** Lanes where v replaces best, as in the plain loop: larger, or NaN. */
    private static VectorMask<Float> wins(FloatVector v, FloatVector best) {
        return v.compare(VectorOperators.GT, best).or(v.compare(VectorOperators.NE, v));
    }
}
