package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.ComputePool;
import io.github.dlplayground.engine.util.Rng;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MatrixBackendTest {
    /** m, n, k: odd sizes, vectors, a product large enough to be split over threads and blocks. */
    private static final int[][] SIZES = {{1, 1, 1}, {7, 13, 5}, {3, 1, 9}, {1, 17, 4}, {33, 65, 17},
            {5, 1100, 3}, {70, 9, 300}, {0, 4, 3}, {4, 3, 0}};

    private static ComputePool pool;
    private static PureJavaBackend java;

    @BeforeAll
    static void createPool() {
        pool = new ComputePool(2);
        java = new PureJavaBackend(pool);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void pureJavaMatchesTripleLoopForAllTransposes() {
        for (int[] size : SIZES) {
            for (int t = 0; t < 4; t++) {
                assertProductMatchesReference(java, size, t / 2 == 1, t % 2 == 1, 0f, 1e-5);
                assertProductMatchesReference(java, size, t / 2 == 1, t % 2 == 1, 0.75f, 1e-5);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"openblas", "jblas", "cuda"})
    void nativeBackendEqualsPureJavaForAllTransposesAndOddSizes(String name) {
        MatrixBackend backend = available(name);
        for (int[] size : SIZES) {
            for (int t = 0; t < 4; t++) {
                for (float beta : new float[] {0f, 1f, -0.5f}) {
                    assertSameAsPureJava(backend, size, t / 2 == 1, t % 2 == 1, beta);
                }
            }
        }
    }

    @Test
    void openBlasEqualsPureJavaWithEitherThreadingAndEveryTransfer() {
        available("openblas");
        try {
            for (OpenBlasBackend.Threading threading : OpenBlasBackend.Threading.values()) {
                for (OpenBlasBackend.Transfer transfer : OpenBlasBackend.Transfer.values()) {
                    if (transfer == OpenBlasBackend.Transfer.PINNED_ARRAYS && !PinnedBlas.available()) {
                        continue;
                    }
                    var backend = OpenBlasBackend.load(pool, transfer, threading);
                    for (int t = 0; t < 4; t++) {
                        // Large enough to be split into slices of rows and of columns.
                        assertSameAsPureJava(backend, new int[] {130, 70, 40}, t / 2 == 1, t % 2 == 1, 0.5f);
                        assertSameAsPureJava(backend, new int[] {9, 300, 120}, t / 2 == 1, t % 2 == 1, 0f);
                    }
                }
            }
        } finally {
            // OpenBLAS's thread count is process-wide: give the default backend its setting back.
            OpenBlasBackend.load(Backends.pool(), OpenBlasBackend.defaultTransfer(), Backends.blasThreading());
        }
    }

    @Test
    void pinnedBridgeIsBuiltAndUsedOnLinuxX8664() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux")
                && System.getProperty("os.arch").equals("amd64"), "the bridge is built for Linux x86-64 only");
        available("openblas");
        assertThat(PinnedBlas.status()).as("why the bridge is unavailable").isNull();
        assertThat(OpenBlasBackend.defaultTransfer()).isEqualTo(OpenBlasBackend.Transfer.PINNED_ARRAYS);
        assertThat(Backends.select("openblas").detail()).contains("pinned, no copies");
    }

    @Test
    void pinnedProductWritesOnlyInsideCAndLeavesOperandsUntouched() {
        available("openblas");
        assumeTrue(PinnedBlas.available(), () -> "bridge unavailable: " + PinnedBlas.status());
        var rng = new Rng(11);
        float[] a = random(rng, 40);
        float[] b = random(rng, 40);
        float[] aBefore = a.clone();
        float[] bBefore = b.clone();
        float[] c = new float[30];
        Arrays.fill(c, 5f);
        // A 3×4 from offset 2 (lda 5), B 4×3 from offset 1 (ldb 6), C 3×3 from offset 4 (ldc 7).
        PinnedBlas.sgemm(false, false, 3, 3, 4, 1f, a, 2, 5, b, 1, 6, 0f, c, 4, 7);
        assertBlockProduct(3, 3, 4, a, 2, 5, b, 1, 6, c, 4, 7);
        for (int idx = 0; idx < c.length; idx++) {
            int r = idx - 4;
            boolean inside = r >= 0 && r / 7 < 3 && r % 7 < 3;
            if (!inside) {
                assertThat(c[idx]).as("C[%d] outside the product", idx).isEqualTo(5f);
            }
        }
        assertThat(a).containsExactly(aBefore);
        assertThat(b).containsExactly(bBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openblas", "jblas", "java", "cuda"})
    void honoursOffsetsAndLeadingDimensions(String name) {
        MatrixBackend backend = available(name);
        var rng = new Rng(3);
        // A is a 4×3 block inside a 6×5 array from (1, 1); B a 3×2 block inside a 5×4 array from (2, 1).
        float[] a = random(rng, 30);
        float[] b = random(rng, 20);
        float[] c = new float[3 * 7];
        Arrays.fill(c, 9f);
        backend.sgemm(false, false, 4, 2, 3, 1f, a, 6, 5, b, 9, 4, 0f, c, 1, 5);
        assertBlockProduct(4, 2, 3, a, 6, 5, b, 9, 4, c, 1, 5);
        assertThat(c[0]).as("values outside C stay untouched").isEqualTo(9f);
        assertThat(c[3]).isEqualTo(9f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openblas", "jblas", "java", "cuda"})
    void betaZeroOverwritesNaN(String name) {
        MatrixBackend backend = available(name);
        float[] c = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        backend.sgemm(false, false, 2, 2, 1, 1f, new float[] {1, 2}, new float[] {3, 4}, 0f, c);
        assertThat(c).containsExactly(3, 4, 6, 8);
    }

    @Test
    void rejectsOperandsTooSmallForTheirShape() {
        assertThatThrownBy(() -> java.sgemm(false, false, 2, 2, 2, 1f, new float[3], new float[4], 0f,
                new float[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A (2×2");
    }

    @Test
    void probeReportsEveryBackendWithAReasonWhenUnavailable() {
        var statuses = Backends.probe();
        assertThat(statuses).extracting(BackendStatus::name).containsExactly("cuda", "openblas", "jblas", "java");
        for (BackendStatus s : statuses) {
            assertThat(s.available() ? s.reason() : s.detail()).isNull();
            assertThat(s.available() ? s.detail() : s.reason()).isNotBlank();
        }
        assertThat(statuses.get(3).available()).isTrue();
        assertThat(Backends.select("auto").name()).isEqualTo(Backends.defaultName());
    }

    @Test
    void selectRejectsUnknownNamesWithTheChoices() {
        assertThatThrownBy(() -> Backends.select("mkl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown backend \"mkl\": choose one of auto, cuda, openblas, jblas, java");
    }

    private static MatrixBackend available(String name) {
        if (name.equals("java")) {
            return java;
        }
        BackendStatus status = Backends.probe().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assumeTrue(status.available(), () -> name + " is not available here: " + status.reason());
        return Backends.select(name);
    }

    private static void assertSameAsPureJava(MatrixBackend backend, int[] size, boolean ta, boolean tb, float beta) {
        int m = size[0];
        int n = size[1];
        int k = size[2];
        var rng = new Rng(m * 1000L + n * 10L + k);
        float[] a = random(rng, m * k);
        float[] b = random(rng, k * n);
        float[] c0 = random(rng, m * n);
        float[] expected = c0.clone();
        float[] actual = c0.clone();
        java.sgemm(ta, tb, m, n, k, 1.5f, a, b, beta, expected);
        backend.sgemm(ta, tb, m, n, k, 1.5f, a, b, beta, actual);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s %dx%dx%d transA=%s transB=%s beta=%s at %d", backend.name(), m, n, k,
                    ta, tb, beta, i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(2e-5f * (k + 1)));
        }
    }

    private static void assertProductMatchesReference(MatrixBackend backend, int[] size, boolean ta, boolean tb,
                                                      float beta, double tolerance) {
        int m = size[0];
        int n = size[1];
        int k = size[2];
        var rng = new Rng(7 + m + 31L * n + 977L * k);
        float[] a = random(rng, m * k);
        float[] b = random(rng, k * n);
        float[] c = random(rng, m * n);
        float[] c0 = c.clone();
        backend.sgemm(ta, tb, m, n, k, 0.5f, a, b, beta, c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    double aip = ta ? a[p * m + i] : a[i * k + p];
                    double bpj = tb ? b[j * k + p] : b[p * n + j];
                    sum += aip * bpj;
                }
                double want = 0.5 * sum + beta * c0[i * n + j];
                assertThat((double) c[i * n + j]).as("%dx%dx%d ta=%s tb=%s (%d,%d)", m, n, k, ta, tb, i, j)
                        .isCloseTo(want, org.assertj.core.data.Offset.offset(tolerance * (k + 1)));
            }
        }
    }

    /** C's m×n block (from cOffset, row stride ldc) holds the product of A's m×k block and B's k×n block. */
    private static void assertBlockProduct(int m, int n, int k, float[] a, int aOffset, int lda, float[] b,
                                           int bOffset, int ldb, float[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[aOffset + i * lda + p] * b[bOffset + p * ldb + j];
                }
                assertThat((double) c[cOffset + i * ldc + j]).as("C[%d][%d]", i, j)
                        .isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-5));
            }
        }
    }

    /** n values uniform in [−1, 1). */
    static float[] random(Rng rng, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextFloat() * 2 - 1;
        }
        return x;
    }
}
