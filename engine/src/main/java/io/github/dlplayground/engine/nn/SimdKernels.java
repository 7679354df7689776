package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.SimdMath;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two loops of a stride-1 convolution, written with the Vector API (jdk.incubator.vector) and blocked for
 * registers: each pass keeps twelve vector accumulators, so every value loaded feeds three or four fused
 * multiply-adds. Data are planes on a padded width ({@link SimdConvolution}); a tap k reads its input at
 * position p + offsets[k], where offsets already hold the channel's plane start, so input channels and kernel
 * taps form one list of K entries. Loaded only when {@link io.github.dlplayground.engine.util.Simd} says the
 * module is there.
 */
final class SimdKernels {
    static final VectorSpecies<Float> SPECIES = SimdMath.FLOATS;
    static final int LANES = SPECIES.length();
    /** Output channels per pass of both loops. */
    static final int CHANNELS = 3;
    /** Positions per pass of {@link #correlate}: four vectors; position counts are multiples of this. */
    static final int BLOCK = 4 * LANES;
    /** Taps per pass of {@link #correlateGradient}. */
    private static final int TAPS = 4;

    private SimdKernels() {
    }

    /**
     * out[o·outStride + p] = bias[o] + Σ_k w[o·K + k]·in[from + p + offsets[k]] for o in [0, outChannels) and
     * p in [0, positions) (a multiple of {@link #BLOCK}); bias may be null (zero). Three output channels per
     * pass; a last pass with fewer repeats the last channel and stores it once.
     */
    static void correlate(float[] in, int from, int[] offsets, float[] w, float[] bias, float[] out, int outStride,
                          int outChannels, int positions) {
        int taps = offsets.length;
        for (int o = 0; o < outChannels; o += CHANNELS) {
            int o1 = Math.min(o + 1, outChannels - 1);
            int o2 = Math.min(o + 2, outChannels - 1);
            for (int p = 0; p < positions; p += BLOCK) {
                correlateBlock(in, from + p, offsets, w, o * taps, o1 * taps, o2 * taps,
                        bias == null ? 0f : bias[o], bias == null ? 0f : bias[o1], bias == null ? 0f : bias[o2],
                        out, o * outStride + p, o1 * outStride + p, o2 * outStride + p, o1 != o, o2 != o1);
            }
        }
    }

    /** One pass: three channels × four vectors of positions from {@code at}, stored at at0, at1, at2. */
    private static void correlateBlock(float[] in, int at, int[] offsets, float[] w, int w0, int w1, int w2,
                                       float b0, float b1, float b2, float[] out, int at0, int at1, int at2,
                                       boolean second, boolean third) {
        var s = SPECIES;
        int l = LANES;
        FloatVector a00 = FloatVector.broadcast(s, b0);
        FloatVector a01 = a00;
        FloatVector a02 = a00;
        FloatVector a03 = a00;
        FloatVector a10 = FloatVector.broadcast(s, b1);
        FloatVector a11 = a10;
        FloatVector a12 = a10;
        FloatVector a13 = a10;
        FloatVector a20 = FloatVector.broadcast(s, b2);
        FloatVector a21 = a20;
        FloatVector a22 = a20;
        FloatVector a23 = a20;
        for (int k = 0; k < offsets.length; k++) {
            int i = at + offsets[k];
            FloatVector x0 = FloatVector.fromArray(s, in, i);
            FloatVector x1 = FloatVector.fromArray(s, in, i + l);
            FloatVector x2 = FloatVector.fromArray(s, in, i + 2 * l);
            FloatVector x3 = FloatVector.fromArray(s, in, i + 3 * l);
            FloatVector v = FloatVector.broadcast(s, w[w0 + k]);
            a00 = x0.fma(v, a00);
            a01 = x1.fma(v, a01);
            a02 = x2.fma(v, a02);
            a03 = x3.fma(v, a03);
            v = FloatVector.broadcast(s, w[w1 + k]);
            a10 = x0.fma(v, a10);
            a11 = x1.fma(v, a11);
            a12 = x2.fma(v, a12);
            a13 = x3.fma(v, a13);
            v = FloatVector.broadcast(s, w[w2 + k]);
            a20 = x0.fma(v, a20);
            a21 = x1.fma(v, a21);
            a22 = x2.fma(v, a22);
            a23 = x3.fma(v, a23);
        }
        a00.intoArray(out, at0);
        a01.intoArray(out, at0 + l);
        a02.intoArray(out, at0 + 2 * l);
        a03.intoArray(out, at0 + 3 * l);
        if (second) {
            a10.intoArray(out, at1);
            a11.intoArray(out, at1 + l);
            a12.intoArray(out, at1 + 2 * l);
            a13.intoArray(out, at1 + 3 * l);
        }
        if (third) {
            a20.intoArray(out, at2);
            a21.intoArray(out, at2 + l);
            a22.intoArray(out, at2 + 2 * l);
            a23.intoArray(out, at2 + 3 * l);
        }
    }

    /**
     * lanes[(o·K + k)·LANES + j] += Σ over p ≡ j (mod LANES) of dy[o·dyStride + p]·in[p + offsets[k]] for o in
     * [0, outChannels), k in [0, K) and p in [0, positions) (a multiple of LANES): partial sums of ∂W[o, k] per
     * lane, which the caller adds up. Three channels × four taps per pass over the positions; a last pass with
     * fewer repeats the last channel or tap and adds it once. (One flat loop: with a loop over samples around it,
     * the JIT of Java 17 no longer keeps the accumulators in registers.)
     */
    static void correlateGradient(float[] dy, int dyStride, int outChannels, float[] in, int[] offsets,
                                  float[] lanes, int positions) {
        int taps = offsets.length;
        for (int o = 0; o < outChannels; o += CHANNELS) {
            int o1 = Math.min(o + 1, outChannels - 1);
            int o2 = Math.min(o + 2, outChannels - 1);
            for (int k = 0; k < taps; k += TAPS) {
                int k1 = Math.min(k + 1, taps - 1);
                int k2 = Math.min(k + 2, taps - 1);
                int k3 = Math.min(k + 3, taps - 1);
                int mask = (o1 != o ? 1 : 0) | (o2 != o1 ? 2 : 0) | (k1 != k ? 4 : 0) | (k2 != k1 ? 8 : 0)
                        | (k3 != k2 ? 16 : 0);
                gradientBlock(dy, o * dyStride, o1 * dyStride, o2 * dyStride, in, offsets[k], offsets[k1],
                        offsets[k2], offsets[k3], positions, lanes, o * taps, o1 * taps, o2 * taps, k, k1, k2, k3,
                        mask);
            }
        }
    }

    private static void gradientBlock(float[] dy, int d0, int d1, int d2, float[] in, int i0, int i1, int i2,
                                      int i3, int positions, float[] lanes, int r0, int r1, int r2,
                                      int k0, int k1, int k2, int k3, int mask) {
        var s = SPECIES;
        FloatVector zero = FloatVector.zero(s);
        FloatVector c00 = zero;
        FloatVector c01 = zero;
        FloatVector c02 = zero;
        FloatVector c03 = zero;
        FloatVector c10 = zero;
        FloatVector c11 = zero;
        FloatVector c12 = zero;
        FloatVector c13 = zero;
        FloatVector c20 = zero;
        FloatVector c21 = zero;
        FloatVector c22 = zero;
        FloatVector c23 = zero;
        for (int p = 0; p < positions; p += LANES) {
            FloatVector x0 = FloatVector.fromArray(s, in, p + i0);
            FloatVector x1 = FloatVector.fromArray(s, in, p + i1);
            FloatVector x2 = FloatVector.fromArray(s, in, p + i2);
            FloatVector x3 = FloatVector.fromArray(s, in, p + i3);
            FloatVector g = FloatVector.fromArray(s, dy, d0 + p);
            c00 = g.fma(x0, c00);
            c01 = g.fma(x1, c01);
            c02 = g.fma(x2, c02);
            c03 = g.fma(x3, c03);
            g = FloatVector.fromArray(s, dy, d1 + p);
            c10 = g.fma(x0, c10);
            c11 = g.fma(x1, c11);
            c12 = g.fma(x2, c12);
            c13 = g.fma(x3, c13);
            g = FloatVector.fromArray(s, dy, d2 + p);
            c20 = g.fma(x0, c20);
            c21 = g.fma(x1, c21);
            c22 = g.fma(x2, c22);
            c23 = g.fma(x3, c23);
        }
        int l = LANES;
        addLanes(lanes, (r0 + k0) * l, c00);
        if ((mask & 4) != 0) {
            addLanes(lanes, (r0 + k1) * l, c01);
        }
        if ((mask & 8) != 0) {
            addLanes(lanes, (r0 + k2) * l, c02);
        }
        if ((mask & 16) != 0) {
            addLanes(lanes, (r0 + k3) * l, c03);
        }
        if ((mask & 1) != 0) {
            addLanes(lanes, (r1 + k0) * l, c10);
            if ((mask & 4) != 0) {
                addLanes(lanes, (r1 + k1) * l, c11);
            }
            if ((mask & 8) != 0) {
                addLanes(lanes, (r1 + k2) * l, c12);
            }
            if ((mask & 16) != 0) {
                addLanes(lanes, (r1 + k3) * l, c13);
            }
        }
        if ((mask & 2) != 0) {
            addLanes(lanes, (r2 + k0) * l, c20);
            if ((mask & 4) != 0) {
                addLanes(lanes, (r2 + k1) * l, c21);
            }
            if ((mask & 8) != 0) {
                addLanes(lanes, (r2 + k2) * l, c22);
            }
            if ((mask & 16) != 0) {
                addLanes(lanes, (r2 + k3) * l, c23);
            }
        }
    }

    private static void addLanes(float[] lanes, int at, FloatVector c) {
        c.add(FloatVector.fromArray(SPECIES, lanes, at)).intoArray(lanes, at);
    }

    /**
     * Σ x[from … from + length) in float: per lane over whole vectors, then the lanes and the rest in order (not
     * with reduceLanes, whose order may differ between compiled and interpreted code: results must not).
     */
    static float sum(float[] x, int from, int length) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + LANES <= length; i += LANES) {
            acc = acc.add(FloatVector.fromArray(SPECIES, x, from + i));
        }
        float total = 0f;
        for (float lane : acc.toArray()) {
            total += lane;
        }
        for (; i < length; i++) {
            total += x[from + i];
        }
        return total;
    }
}
