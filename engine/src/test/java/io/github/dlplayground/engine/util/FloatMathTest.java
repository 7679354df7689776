package io.github.dlplayground.engine.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
