package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.SimdMath;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register blocks of {@link VectorGemm}'s wide products: C rows r… by a panel of vectors from column j, with
 * α·op(A) packed m×k in {@code ap} and B read in place. Per depth p: one vector load per panel vector, one broadcast
 * per row, a fused multiply-add per accumulator. Each block is written out whole (the JIT keeps its accumulators in
 * registers only when every operation is spelled out), and stores go to C directly for β = 0; otherwise, and for
 * rows past m, to a tile that {@link #addTile} adds to C in a loop of its own, because the JIT inlines only so many
 * vector operations into one method and the block has used them up.
 */
final class WideKernels {
    private static final VectorSpecies<Float> S = SimdMath.FLOATS;
    private static final int L = S.length();
    /** Values a tile must hold: the larger block, four rows of five vectors or three of six. */
    static final int TILE = 24 * L;

    private WideKernels() {
    }

    /**
     * Rows r…r + 3 of C over five vectors of columns from j: twenty accumulators.
     * Rows past m repeat row m − 1 and are not stored; {@code tile} takes rows that cannot go to C directly.
     */
    static void fourByFive(float[] ap, int m, int k, int r, float[] b, int bOffset, int ldb, int j, float beta,
            float[] c, int cOffset, int ldc, float[] tile) {
        int a0 = r * k;
        int a1 = Math.min(r + 1, m - 1) * k;
        int a2 = Math.min(r + 2, m - 1) * k;
        int a3 = Math.min(r + 3, m - 1) * k;
        var z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c04 = z;
        FloatVector c10 = z, c11 = z, c12 = z, c13 = z, c14 = z;
        FloatVector c20 = z, c21 = z, c22 = z, c23 = z, c24 = z;
        FloatVector c30 = z, c31 = z, c32 = z, c33 = z, c34 = z;
        int bi = bOffset + j;
        for (int p = 0; p < k; p++, bi += ldb) {
            var b0 = FloatVector.fromArray(S, b, bi);
            var b1 = FloatVector.fromArray(S, b, bi + L);
            var b2 = FloatVector.fromArray(S, b, bi + 2 * L);
            var b3 = FloatVector.fromArray(S, b, bi + 3 * L);
            var b4 = FloatVector.fromArray(S, b, bi + 4 * L);
            var x0 = FloatVector.broadcast(S, ap[a0 + p]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c02 = x0.fma(b2, c02);
            c03 = x0.fma(b3, c03);
            c04 = x0.fma(b4, c04);
            var x1 = FloatVector.broadcast(S, ap[a1 + p]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c12 = x1.fma(b2, c12);
            c13 = x1.fma(b3, c13);
            c14 = x1.fma(b4, c14);
            var x2 = FloatVector.broadcast(S, ap[a2 + p]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c22 = x2.fma(b2, c22);
            c23 = x2.fma(b3, c23);
            c24 = x2.fma(b4, c24);
            var x3 = FloatVector.broadcast(S, ap[a3 + p]);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
            c32 = x3.fma(b2, c32);
            c33 = x3.fma(b3, c33);
            c34 = x3.fma(b4, c34);
        }
        int row = cOffset + r * ldc + j;
        boolean direct = beta == 0f;
        float[] d0 = direct ? c : tile;
        int o0 = direct ? row : 0;
        float[] d1 = direct && r + 1 < m ? c : tile;
        int o1 = d1 == c ? row + ldc : 1 * 5 * L;
        float[] d2 = direct && r + 2 < m ? c : tile;
        int o2 = d2 == c ? row + 2 * ldc : 2 * 5 * L;
        float[] d3 = direct && r + 3 < m ? c : tile;
        int o3 = d3 == c ? row + 3 * ldc : 3 * 5 * L;
        c00.intoArray(d0, o0);
        c01.intoArray(d0, o0 + L);
        c02.intoArray(d0, o0 + 2 * L);
        c03.intoArray(d0, o0 + 3 * L);
        c04.intoArray(d0, o0 + 4 * L);
        c10.intoArray(d1, o1);
        c11.intoArray(d1, o1 + L);
        c12.intoArray(d1, o1 + 2 * L);
        c13.intoArray(d1, o1 + 3 * L);
        c14.intoArray(d1, o1 + 4 * L);
        c20.intoArray(d2, o2);
        c21.intoArray(d2, o2 + L);
        c22.intoArray(d2, o2 + 2 * L);
        c23.intoArray(d2, o2 + 3 * L);
        c24.intoArray(d2, o2 + 4 * L);
        c30.intoArray(d3, o3);
        c31.intoArray(d3, o3 + L);
        c32.intoArray(d3, o3 + 2 * L);
        c33.intoArray(d3, o3 + 3 * L);
        c34.intoArray(d3, o3 + 4 * L);
        if (!direct) {
            addTile(tile, Math.min(4, m - r), 5 * L, beta, c, row, ldc);
        }
    }

    /**
     * Rows r…r + 2 of C over six vectors of columns from j: eighteen accumulators.
     * Rows past m repeat row m − 1 and are not stored; {@code tile} takes rows that cannot go to C directly.
     */
    static void threeBySix(float[] ap, int m, int k, int r, float[] b, int bOffset, int ldb, int j, float beta,
            float[] c, int cOffset, int ldc, float[] tile) {
        int a0 = r * k;
        int a1 = Math.min(r + 1, m - 1) * k;
        int a2 = Math.min(r + 2, m - 1) * k;
        var z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c04 = z, c05 = z;
        FloatVector c10 = z, c11 = z, c12 = z, c13 = z, c14 = z, c15 = z;
        FloatVector c20 = z, c21 = z, c22 = z, c23 = z, c24 = z, c25 = z;
        int bi = bOffset + j;
        for (int p = 0; p < k; p++, bi += ldb) {
            var b0 = FloatVector.fromArray(S, b, bi);
            var b1 = FloatVector.fromArray(S, b, bi + L);
            var b2 = FloatVector.fromArray(S, b, bi + 2 * L);
            var b3 = FloatVector.fromArray(S, b, bi + 3 * L);
            var b4 = FloatVector.fromArray(S, b, bi + 4 * L);
            var b5 = FloatVector.fromArray(S, b, bi + 5 * L);
            var x0 = FloatVector.broadcast(S, ap[a0 + p]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c02 = x0.fma(b2, c02);
            c03 = x0.fma(b3, c03);
            c04 = x0.fma(b4, c04);
            c05 = x0.fma(b5, c05);
            var x1 = FloatVector.broadcast(S, ap[a1 + p]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c12 = x1.fma(b2, c12);
            c13 = x1.fma(b3, c13);
            c14 = x1.fma(b4, c14);
            c15 = x1.fma(b5, c15);
            var x2 = FloatVector.broadcast(S, ap[a2 + p]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c22 = x2.fma(b2, c22);
            c23 = x2.fma(b3, c23);
            c24 = x2.fma(b4, c24);
            c25 = x2.fma(b5, c25);
        }
        int row = cOffset + r * ldc + j;
        boolean direct = beta == 0f;
        float[] d0 = direct ? c : tile;
        int o0 = direct ? row : 0;
        float[] d1 = direct && r + 1 < m ? c : tile;
        int o1 = d1 == c ? row + ldc : 1 * 6 * L;
        float[] d2 = direct && r + 2 < m ? c : tile;
        int o2 = d2 == c ? row + 2 * ldc : 2 * 6 * L;
        c00.intoArray(d0, o0);
        c01.intoArray(d0, o0 + L);
        c02.intoArray(d0, o0 + 2 * L);
        c03.intoArray(d0, o0 + 3 * L);
        c04.intoArray(d0, o0 + 4 * L);
        c05.intoArray(d0, o0 + 5 * L);
        c10.intoArray(d1, o1);
        c11.intoArray(d1, o1 + L);
        c12.intoArray(d1, o1 + 2 * L);
        c13.intoArray(d1, o1 + 3 * L);
        c14.intoArray(d1, o1 + 4 * L);
        c15.intoArray(d1, o1 + 5 * L);
        c20.intoArray(d2, o2);
        c21.intoArray(d2, o2 + L);
        c22.intoArray(d2, o2 + 2 * L);
        c23.intoArray(d2, o2 + 3 * L);
        c24.intoArray(d2, o2 + 4 * L);
        c25.intoArray(d2, o2 + 5 * L);
        if (!direct) {
            addTile(tile, Math.min(3, m - r), 6 * L, beta, c, row, ldc);
        }
    }

    /** Rows r…r + 2 (as in the blocks) over one vector of columns from j, for the columns a panel leaves. */
    static void threeByOne(float[] ap, int m, int k, int r, float[] b, int bOffset, int ldb, int j, float beta,
            float[] c, int cOffset, int ldc) {
        int a0 = r * k;
        int a1 = Math.min(r + 1, m - 1) * k;
        int a2 = Math.min(r + 2, m - 1) * k;
        var c0 = FloatVector.zero(S);
        var c1 = c0;
        var c2 = c0;
        int bi = bOffset + j;
        for (int p = 0; p < k; p++, bi += ldb) {
            var bv = FloatVector.fromArray(S, b, bi);
            c0 = FloatVector.broadcast(S, ap[a0 + p]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, ap[a1 + p]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, ap[a2 + p]).fma(bv, c2);
        }
        int row = cOffset + r * ldc + j;
        store(c0, beta, c, row);
        if (r + 1 < m) {
            store(c1, beta, c, row + ldc);
        }
        if (r + 2 < m) {
            store(c2, beta, c, row + 2 * ldc);
        }
    }

    /** C[at, at + L) ← v + β·C[at, at + L), or v for β = 0 (C not read). */
    private static void store(FloatVector v, float beta, float[] c, int at) {
        if (beta == 0f) {
            v.intoArray(c, at);
        } else {
            FloatVector.fromArray(S, c, at).fma(FloatVector.broadcast(S, beta), v).intoArray(c, at);
        }
    }

    /** C ← tile + β·C for {@code rows} rows of {@code width} values from {@code row} (tile rows as wide). */
    private static void addTile(float[] tile, int rows, int width, float beta, float[] c, int row, int ldc) {
        for (int i = 0; i < rows; i++) {
            for (int q = 0; q < width; q += L) {
                store(FloatVector.fromArray(S, tile, i * width + q), beta, c, row + i * ldc + q);
            }
        }
    }
}
