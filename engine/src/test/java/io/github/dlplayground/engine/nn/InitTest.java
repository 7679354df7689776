package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.Rng;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class InitTest {
    @Test
    void pytorchDefaultDrawsWeightAndBiasWithinOneOverSqrtFanIn() {
        var conv = new Conv2d(4, 8, 3, 3, 0, 0, 1, 1);
        conv.initialize(Init.pytorchDefault(), new Rng(1));
        float bound = (float) (1 / Math.sqrt(4 * 9));
        assertThat(maxAbs(conv.weight().value())).isLessThanOrEqualTo(bound).isGreaterThan(0.9f * bound);
        assertThat(maxAbs(conv.bias().value())).isLessThanOrEqualTo(bound).isGreaterThan(0f);
    }

    @Test
    void xavierUniformUsesFanInPlusFanOutAndZeroBias() {
        var linear = new Linear(300, 100);
        linear.initialize(Init.xavierUniform(), new Rng(2));
        float bound = (float) Math.sqrt(6.0 / 400);
        assertThat(maxAbs(linear.weight().value())).isLessThanOrEqualTo(bound).isGreaterThan(0.99f * bound);
        assertThat(linear.bias().value()).containsOnly(0f);
    }

    @Test
    void heAndNormalHaveTheirStandardDeviations() {
        var linear = new Linear(500, 200);
        linear.initialize(Init.he(), new Rng(3));
        assertThat(std(linear.weight().value())).isCloseTo(Math.sqrt(2.0 / 500), offset(0.002));
        linear.initialize(Init.normal(0.01), new Rng(3));
        assertThat(std(linear.weight().value())).isCloseTo(0.01, offset(0.0002));
        assertThat(linear.bias().value()).containsOnly(0f);
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        var a = new Linear(20, 30);
        var b = new Linear(20, 30);
        a.initialize(Init.he(), new Rng(9));
        b.initialize(Init.he(), new Rng(9));
        assertThat(b.weight().value()).containsExactly(a.weight().value());
        b.initialize(Init.he(), new Rng(10));
        assertThat(b.weight().value()).isNotEqualTo(a.weight().value());
    }

    private static float maxAbs(float[] x) {
        float m = 0;
        for (float v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double std(float[] x) {
        double sum = 0;
        double squares = 0;
        for (float v : x) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / x.length;
        return Math.sqrt(squares / x.length - mean * mean);
    }
}
