package io.github.dlplayground.engine.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FloatMathTest {
    @Test
    void expIsWithinTwoUlpOfTheExactValueOverItsRange() {
        double worst = 0;
        for (float x = -87.3f; x <= 88.37f; x += 0.00137f) {
            double exact = Math.exp(x);
            float approx = FloatMath.exp(x);
            worst = Math.max(worst, Math.abs(approx - exact) / Math.ulp((float) exact));
        }
        assertThat(worst).isLessThanOrEqualTo(2.0);
    }

    @Test
    void expHandlesTheEdges() {
        assertThat(FloatMath.exp(0f)).isEqualTo(1f);
        assertThat((double) FloatMath.exp(88.3f)).isCloseTo(Math.exp(88.3f), org.assertj.core.data.Percentage.withPercentage(1e-5));
        assertThat(FloatMath.exp(100f)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(FloatMath.exp(-100f)).isEqualTo(0f);
        assertThat(FloatMath.exp(Float.NEGATIVE_INFINITY)).isEqualTo(0f);
        assertThat(FloatMath.exp(Float.NaN)).isNaN();
    }

    /** Both ways of computing σ: the Vector API loops (when the module is there) and the plain Java loops. */
    private static void sigmoid(boolean vector, float[] x, float[] y, int from, int to) {
        if (vector) {
            assumeTrue(Simd.available(), "the Vector API loops need --add-modules " + Simd.MODULE);
            SimdMath.sigmoid(x, y, from, to);
        } else {
            FloatMath.portableSigmoid(x, y, from, to);
        }
    }

    @ParameterizedTest(name = "vector loops: {0}")
    @ValueSource(booleans = {true, false})
    void sigmoidIsWithinThreeUlpOfTheExactValueIncludingDenormalResults(boolean vector) {
        int n = 2_000_001;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = -105f + 210f * i / (n - 1);
        }
        float[] y = new float[n];
        sigmoid(vector, x, y, 0, n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double exact = 1 / (1 + Math.exp(-(double) x[i]));
            worst = Math.max(worst, Math.abs(y[i] - exact) / Math.ulp((float) exact));
        }
        assertThat(worst).isLessThanOrEqualTo(3.0);
    }

    @ParameterizedTest(name = "vector loops: {0}")
    @ValueSource(booleans = {true, false})
    void sigmoidHandlesTheEdgesAndWorksInPlaceOnARange(boolean vector) {
        float[] x = {7f, -1e4f, 1e4f, 0f, -0f, Float.NaN, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 1e-40f,
            -Float.MAX_VALUE, -100f, 7f};
        sigmoid(vector, x, x, 1, x.length - 1);
        assertThat(x[0]).isEqualTo(7f);
        assertThat(x[x.length - 1]).isEqualTo(7f);
        assertThat(x[1]).isEqualTo(0f);
        assertThat(x[2]).isEqualTo(1f);
        assertThat(x[3]).isEqualTo(0.5f);
        assertThat(x[4]).isEqualTo(0.5f);
        assertThat(x[5]).isNaN();
        assertThat(x[6]).isEqualTo(0f);
        assertThat(x[7]).isEqualTo(1f);
        assertThat(x[8]).isEqualTo(0.5f);
        assertThat(x[9]).isEqualTo(0f);
        assertThat((double) x[10]).isCloseTo(Math.exp(-100), org.assertj.core.data.Offset.offset((double) Float.MIN_VALUE));
    }
}
