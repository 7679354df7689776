package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;
import io.github.dlplayground.engine.util.Rng;
import io.github.dlplayground.engine.util.Simd;
import io.github.dlplayground.engine.util.SimdMath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The thin-product loops against a product summed in double, inside larger arrays, on one and two threads. */
class VectorGemmTest {
    private static final int L = Simd.available() ? SimdMath.FLOATS.length() : 8;
    /** Spare rows and columns around each operand, filled with a value that must stay. */
    private static final int MARGIN = 3;
    private static final float GUARD = 1234.5f;

    private static ComputePool one;
    private static ComputePool two;

    @BeforeAll
    static void createPools() {
        one = new ComputePool(1);
        two = new ComputePool(2);
    }

    @AfterAll
    static void closePools() {
        one.close();
        two.close();
    }

    @Test
    void wideProductsMatchTheSumForEveryRowCountTransposeAndBeta() {
        assumeTrue(Simd.available(), "the Vector API module is not in this runtime");
        var gemm = new VectorGemm(two);
        // n: two panels of either block width, a vector and three single columns; or many panels.
        int[] widths = {12 * L + L + 3, 40 * 6 * L + 5};
        for (int m : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 16}) {
            for (int n : widths) {
                for (int k : new int[] {1, 25, 150}) {
                    for (boolean transA : new boolean[] {false, true}) {
                        for (float beta : new float[] {0f, 1f, -0.5f}) {
                            assertProduct(gemm, transA, false, m, n, k, beta, true);
                        }
                    }
                }
            }
        }
    }

    @Test
    void narrowProductsMatchTheSumForEveryColumnCountTransposeAndBeta() {
        assumeTrue(Simd.available(), "the Vector API module is not in this runtime");
        var gemm = new VectorGemm(two);
        for (int m : new int[] {8, 9, 13, 256, 261}) {
            for (int n : new int[] {1, L - 1, L, L + 1, 2 * L}) {
                for (int k : new int[] {1, 7, 256}) {
                    for (boolean transB : new boolean[] {false, true}) {
                        for (float beta : new float[] {0f, 1f, -0.5f}) {
                            assertProduct(gemm, false, transB, m, n, k, beta, true);
                        }
                    }
                }
            }
        }
    }

    @Test
    void leavesOtherShapesToTheLibraryWithoutTouchingC() {
        assumeTrue(Simd.available(), "the Vector API module is not in this runtime");
        var gemm = new VectorGemm(two);
        assertProduct(gemm, false, true, 6, 40 * L, 25, 0f, false);        // wide, but B transposed
        assertProduct(gemm, false, false, 17, 40 * L, 25, 0f, false);       // too many rows for wide
        assertProduct(gemm, false, false, 6, 40 * L, 2000, 0f, false);      // too deep for wide
        assertProduct(gemm, true, false, 256, 10, 256, 0f, false);          // narrow, but A transposed
        assertProduct(gemm, false, false, 256, 2 * L + 1, 256, 0f, false); // too many columns for narrow
        assertProduct(gemm, false, false, 7, 10, 256, 0f, false);           // too few rows for narrow
    }

    @Test
    void betaZeroOverwritesNaNInC() {
        assumeTrue(Simd.available(), "the Vector API module is not in this runtime");
        var gemm = new VectorGemm(two);
        for (int[] mnk : new int[][] {{5, 20 * L, 4}, {16, 3, 9}}) {
            int m = mnk[0];
            int n = mnk[1];
            int k = mnk[2];
            var rng = new Rng(11);
            float[] a = MatrixBackendTest.random(rng, m * k);
            float[] b = MatrixBackendTest.random(rng, k * n);
            float[] c = new float[m * n];
            Arrays.fill(c, Float.NaN);
            assertThat(gemm.multiply(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n)).isTrue();
            for (float value : c) {
                assertThat(value).isFinite();
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        assumeTrue(Simd.available(), "the Vector API module is not in this runtime");
        for (int[] mnk : new int[][] {{6, 25, 3000}, {16, 150, 2000}, {256, 256, 10}, {300, 64, 2 * L}}) {
            int m = mnk[0];
            int k = mnk[1];
            int n = mnk[2];
            var rng = new Rng(m + k + n);
            float[] a = MatrixBackendTest.random(rng, m * k);
            float[] b = MatrixBackendTest.random(rng, k * n);
            float[] c1 = new float[m * n];
            float[] c2 = new float[m * n];
            new VectorGemm(one).multiply(false, false, m, n, k, 0.5f, a, 0, k, b, 0, n, 0f, c1, 0, n);
            new VectorGemm(two).multiply(false, false, m, n, k, 0.5f, a, 0, k, b, 0, n, 0f, c2, 0, n);
            assertThat(c2).as("%d×%d·%d×%d", m, k, k, n).containsExactly(c1);
        }
    }

    /**
     * Runs C ← 1.5·op(A)·op(B) + β·C with every operand inside a larger array (offset, leading dimension past its
     * columns, guard values around it) and checks the return value, C against a sum in double, and that no value
     * outside C's block changed (none at all when the loops decline).
     */
    private static void assertProduct(VectorGemm gemm, boolean transA, boolean transB, int m, int n, int k,
                                      float beta, boolean taken) {
        var rng = new Rng(31L * m + 17L * n + k + (transA ? 5 : 0) + (transB ? 7 : 0));
        int aRows = transA ? k : m;
        int aCols = transA ? m : k;
        int bRows = transB ? n : k;
        int bCols = transB ? k : n;
        int lda = aCols + MARGIN;
        int ldb = bCols + MARGIN;
        int ldc = n + MARGIN;
        int aOffset = MARGIN * lda + 1;
        int bOffset = MARGIN * ldb + 2;
        int cOffset = MARGIN * ldc + 1;
        float[] a = MatrixBackendTest.random(rng, aOffset + aRows * lda + MARGIN);
        float[] b = MatrixBackendTest.random(rng, bOffset + bRows * ldb + MARGIN);
        float[] c = new float[cOffset + (m + MARGIN) * ldc];
        Arrays.fill(c, GUARD);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[cOffset + i * ldc + j] = rng.nextFloat() - 0.5f;
            }
        }
        float[] before = c.clone();
        boolean took = gemm.multiply(transA, transB, m, n, k, 1.5f, a, aOffset, lda, b, bOffset, ldb, beta, c,
                cOffset, ldc);
        String what = String.format("%d×%d·%d×%d transA=%s transB=%s beta=%s", m, k, k, n, transA, transB, beta);
        assertThat(took).as(what).isEqualTo(taken);
        if (!taken) {
            assertThat(c).as(what + " declined, C untouched").containsExactly(before);
            return;
        }
        for (int at = 0; at < c.length; at++) {
            int rel = at - cOffset;
            int i = Math.floorDiv(rel, ldc);
            int j = Math.floorMod(rel, ldc);
            if (rel < 0 || i >= m || j >= n) {
                assertThat(c[at]).as(what + " outside C at %d", at).isEqualTo(GUARD);
                continue;
            }
            double sum = 0;
            for (int p = 0; p < k; p++) {
                double x = transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
                double y = transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
                sum += x * y;
            }
            double want = 1.5 * sum + beta * before[at];
            assertThat((double) c[at]).as(what + " C[%d][%d]", i, j)
                    .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-5 * (k + 1)));
        }
    }
}
