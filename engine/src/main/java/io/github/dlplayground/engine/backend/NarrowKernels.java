package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.SimdMath;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register blocks of {@link VectorGemm}'s narrow products: rows of C from {@code first}, with α·op(B) packed
 * into k rows of one or two vectors ({@code bp}, zeros past n) and A (not transposed) read in place. Per depth p:
 * the packed row, one broadcast value of A per row, a fused multiply-add per accumulator. Eight rows is what the
 * registers allow: each row's index into A takes a register of its own, and with twelve rows the JIT spilled them
 * (measured on one core: eight rows 77 GFLOP/s, twelve 29).
 */
final class NarrowKernels {
    private static final VectorSpecies<Float> S = SimdMath.FLOATS;
    private static final int L = S.length();

    private NarrowKernels() {
    }

    /** Eight rows of C from {@code first} by one vector, n ≤ one vector (rows past m repeat row m − 1). */
    static void eightByOne(float[] a, int aOffset, int lda, int first, int m, int k, int n, float[] bp, float beta,
            float[] c, int cOffset, int ldc, float[] row) {
        int last = m - 1;
        int i0 = aOffset + first * lda;
        int i1 = aOffset + Math.min(first + 1, last) * lda;
        int i2 = aOffset + Math.min(first + 2, last) * lda;
        int i3 = aOffset + Math.min(first + 3, last) * lda;
        int i4 = aOffset + Math.min(first + 4, last) * lda;
        int i5 = aOffset + Math.min(first + 5, last) * lda;
        int i6 = aOffset + Math.min(first + 6, last) * lda;
        int i7 = aOffset + Math.min(first + 7, last) * lda;
        var z = FloatVector.zero(S);
        FloatVector c0 = z, c1 = z, c2 = z, c3 = z, c4 = z, c5 = z, c6 = z, c7 = z;
        for (int p = 0; p < k; p++) {
            var bv = FloatVector.fromArray(S, bp, p * L);
            c0 = FloatVector.broadcast(S, a[i0 + p]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, a[i1 + p]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, a[i2 + p]).fma(bv, c2);
            c3 = FloatVector.broadcast(S, a[i3 + p]).fma(bv, c3);
            c4 = FloatVector.broadcast(S, a[i4 + p]).fma(bv, c4);
            c5 = FloatVector.broadcast(S, a[i5 + p]).fma(bv, c5);
            c6 = FloatVector.broadcast(S, a[i6 + p]).fma(bv, c6);
            c7 = FloatVector.broadcast(S, a[i7 + p]).fma(bv, c7);
        }
        storeRow(c0, z, first + 0, m, n, beta, c, cOffset, ldc, row);
        storeRow(c1, z, first + 1, m, n, beta, c, cOffset, ldc, row);
        storeRow(c2, z, first + 2, m, n, beta, c, cOffset, ldc, row);
        storeRow(c3, z, first + 3, m, n, beta, c, cOffset, ldc, row);
        storeRow(c4, z, first + 4, m, n, beta, c, cOffset, ldc, row);
        storeRow(c5, z, first + 5, m, n, beta, c, cOffset, ldc, row);
        storeRow(c6, z, first + 6, m, n, beta, c, cOffset, ldc, row);
        storeRow(c7, z, first + 7, m, n, beta, c, cOffset, ldc, row);
    }

    /** Four rows of C from {@code first} by two vectors, n ≤ two vectors (rows past m repeat row m − 1). */
    static void fourByTwo(float[] a, int aOffset, int lda, int first, int m, int k, int n, float[] bp, float beta,
            float[] c, int cOffset, int ldc, float[] row) {
        int last = m - 1;
        int i0 = aOffset + first * lda;
        int i1 = aOffset + Math.min(first + 1, last) * lda;
        int i2 = aOffset + Math.min(first + 2, last) * lda;
        int i3 = aOffset + Math.min(first + 3, last) * lda;
        var z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z;
        for (int p = 0; p < k; p++) {
            var b0 = FloatVector.fromArray(S, bp, 2 * p * L);
            var b1 = FloatVector.fromArray(S, bp, (2 * p + 1) * L);
            var x0 = FloatVector.broadcast(S, a[i0 + p]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            var x1 = FloatVector.broadcast(S, a[i1 + p]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            var x2 = FloatVector.broadcast(S, a[i2 + p]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            var x3 = FloatVector.broadcast(S, a[i3 + p]);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
        }
        storeRow(c00, c01, first + 0, m, n, beta, c, cOffset, ldc, row);
        storeRow(c10, c11, first + 1, m, n, beta, c, cOffset, ldc, row);
        storeRow(c20, c21, first + 2, m, n, beta, c, cOffset, ldc, row);
        storeRow(c30, c31, first + 3, m, n, beta, c, cOffset, ldc, row);
    }

    /** Row i of C (when i &lt; m): its first n values from the lanes of v0 then v1, through {@code row}. */
    private static void storeRow(FloatVector v0, FloatVector v1, int i, int m, int n, float beta, float[] c,
            int cOffset, int ldc, float[] row) {
        if (i >= m) {
            return;
        }
        v0.intoArray(row, 0);
        if (n > L) {
            v1.intoArray(row, L);
        }
        int at = cOffset + i * ldc;
        for (int j = 0; j < n; j++) {
            c[at + j] = beta == 0f ? row[j] : Math.fma(beta, c[at + j], row[j]);
        }
    }
}
