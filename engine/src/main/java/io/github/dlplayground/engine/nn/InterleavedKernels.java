package io.github.dlplayground.engine.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The loops of {@link InterleavedConvolution}, written with the Vector API: every value is a vector of the same
 * element of {@link #LANES} samples, so a vector never mixes positions and small planes waste no lanes. Each pass
 * keeps ten accumulators (two channels × five neighbouring positions or taps), so each vector loaded feeds two
 * fused multiply-adds and each weight five.
 */
final class InterleavedKernels {
    static final VectorSpecies<Float> SPECIES = SimdKernels.SPECIES;
    /** Samples per vector. */
    static final int LANES = SPECIES.length();
    /** Neighbouring positions (or taps) per pass. */
    static final int RUN = 5;

    private InterleavedKernels() {
    }

    /**
     * Two outputs × five neighbouring positions: for d &lt; count, out[out0 + d·LANES] gets b0 + Σ_r w[w0 + r·wStride]·
     * in[at + offsets[r] + d·LANES] over r &lt; offsets.length (added to what is there when {@code add}, else stored),
     * and the same with w1, b1 into out1 when {@code second}. Reads five positions whatever count is. The forward
     * pass sums over taps (offsets of the taps, weight stride 1); the input gradient over output channels (offsets of
     * the channels' planes, weight stride = taps).
     */
    static void twoByFive(float[] in, int at, int[] offsets, float[] w, int w0, int w1, int wStride, float b0,
                          float b1, float[] out, int out0, int out1, int count, boolean second, boolean add) {
        var s = SPECIES;
        int l = LANES;
        FloatVector a0 = FloatVector.broadcast(s, b0);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        FloatVector a4 = a0;
        FloatVector c0 = FloatVector.broadcast(s, b1);
        FloatVector c1 = c0;
        FloatVector c2 = c0;
        FloatVector c3 = c0;
        FloatVector c4 = c0;
        for (int r = 0; r < offsets.length; r++) {
            int i = at + offsets[r];
            int wr = r * wStride;
            FloatVector u = FloatVector.broadcast(s, w[w0 + wr]);
            FloatVector v = FloatVector.broadcast(s, w[w1 + wr]);
            FloatVector x = FloatVector.fromArray(s, in, i);
            a0 = x.fma(u, a0);
            c0 = x.fma(v, c0);
            x = FloatVector.fromArray(s, in, i + l);
            a1 = x.fma(u, a1);
            c1 = x.fma(v, c1);
            x = FloatVector.fromArray(s, in, i + 2 * l);
            a2 = x.fma(u, a2);
            c2 = x.fma(v, c2);
            x = FloatVector.fromArray(s, in, i + 3 * l);
            a3 = x.fma(u, a3);
            c3 = x.fma(v, c3);
            x = FloatVector.fromArray(s, in, i + 4 * l);
            a4 = x.fma(u, a4);
            c4 = x.fma(v, c4);
        }
        if (add) {
            add(out, out0, count, a0, a1, a2, a3, a4);
            if (second) {
                add(out, out1, count, c0, c1, c2, c3, c4);
            }
        } else {
            store(out, out0, count, a0, a1, a2, a3, a4);
            if (second) {
                store(out, out1, count, c0, c1, c2, c3, c4);
            }
        }
    }

    private static void store(float[] out, int at, int count, FloatVector v0, FloatVector v1, FloatVector v2,
                              FloatVector v3, FloatVector v4) {
        int l = LANES;
        v0.intoArray(out, at);
        if (count > 1) {
            v1.intoArray(out, at + l);
        }
        if (count > 2) {
            v2.intoArray(out, at + 2 * l);
        }
        if (count > 3) {
            v3.intoArray(out, at + 3 * l);
        }
        if (count > 4) {
            v4.intoArray(out, at + 4 * l);
        }
    }

    /**
     * Per-lane partial sums of the weight gradient for two output channels and five neighbouring taps (j … j + 4):
     * for d &lt; count, lanes[(r0 + d)·LANES …] += Σ_q g[g0 + gPos[q]]·in[at + inPos[q] + d·LANES], and the same
     * with g1 into r1 when {@code second}.
     */
    static void gradient(float[] g, int[] gPos, int g0, int g1, float[] in, int[] inPos, int at, int positions,
                         float[] lanes, int r0, int r1, int count, boolean second) {
        var s = SPECIES;
        int l = LANES;
        FloatVector zero = FloatVector.zero(s);
        FloatVector a0 = zero;
        FloatVector a1 = zero;
        FloatVector a2 = zero;
        FloatVector a3 = zero;
        FloatVector a4 = zero;
        FloatVector c0 = zero;
        FloatVector c1 = zero;
        FloatVector c2 = zero;
        FloatVector c3 = zero;
        FloatVector c4 = zero;
        for (int q = 0; q < positions; q++) {
            int gq = gPos[q];
            FloatVector u = FloatVector.fromArray(s, g, g0 + gq);
            FloatVector v = FloatVector.fromArray(s, g, g1 + gq);
            int i = at + inPos[q];
            FloatVector x = FloatVector.fromArray(s, in, i);
            a0 = x.fma(u, a0);
            c0 = x.fma(v, c0);
            x = FloatVector.fromArray(s, in, i + l);
            a1 = x.fma(u, a1);
            c1 = x.fma(v, c1);
            x = FloatVector.fromArray(s, in, i + 2 * l);
            a2 = x.fma(u, a2);
            c2 = x.fma(v, c2);
            x = FloatVector.fromArray(s, in, i + 3 * l);
            a3 = x.fma(u, a3);
            c3 = x.fma(v, c3);
            x = FloatVector.fromArray(s, in, i + 4 * l);
            a4 = x.fma(u, a4);
            c4 = x.fma(v, c4);
        }
        add(lanes, r0 * l, count, a0, a1, a2, a3, a4);
        if (second) {
            add(lanes, r1 * l, count, c0, c1, c2, c3, c4);
        }
    }

    private static void add(float[] lanes, int at, int count, FloatVector v0, FloatVector v1, FloatVector v2,
                            FloatVector v3, FloatVector v4) {
        var s = SPECIES;
        int l = LANES;
        v0.add(FloatVector.fromArray(s, lanes, at)).intoArray(lanes, at);
        if (count > 1) {
            v1.add(FloatVector.fromArray(s, lanes, at + l)).intoArray(lanes, at + l);
        }
        if (count > 2) {
            v2.add(FloatVector.fromArray(s, lanes, at + 2 * l)).intoArray(lanes, at + 2 * l);
        }
        if (count > 3) {
            v3.add(FloatVector.fromArray(s, lanes, at + 3 * l)).intoArray(lanes, at + 3 * l);
        }
        if (count > 4) {
            v4.add(FloatVector.fromArray(s, lanes, at + 4 * l)).intoArray(lanes, at + 4 * l);
        }
    }
}
