package io.github.dlplayground.app.lesson.activations;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PolynomialFitTest {
    private static final long SEED = 1;
    private final PolynomialData data = new PolynomialData(SEED);

    private PolynomialFit.Progress fit(int degree, int trainSize, int epochs) {
        return PolynomialFit.fit(data, new PolynomialFit.Settings(degree, trainSize, 0, epochs, SEED), p -> { },
                () -> false);
    }

    @Test
    void degreeOneUnderFitsWithBothLossesHigh() {
        var linear = fit(1, 100, 400);
        assertThat(linear.lastTrainLoss()).isGreaterThan(1f);
        assertThat(linear.lastTestLoss()).isGreaterThan(1f);
    }

    @Test
    void degreeThreeFitsWithBothLossesNearTheNoise() {
        var cubic = fit(3, 100, 400);
        // the noise alone gives ½·0.1² = 0.005
        assertThat(cubic.lastTrainLoss()).isLessThan(0.05f);
        assertThat(cubic.lastTestLoss()).isLessThan(0.05f);
        assertThat(cubic.weights()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(cubic.weights()[i]).isCloseTo(PolynomialData.TRUE_WEIGHTS[i], within(0.5));
        }
    }

    @Test
    void degreeTwentyOnFewPointsOverFits() {
        var high = fit(20, 15, 1000);
        var cubic = fit(3, 100, 1000);
        assertThat(high.lastTrainLoss()).isLessThan(0.05f);
        assertThat(high.lastTestLoss()).isGreaterThan(10 * high.lastTrainLoss());
        assertThat(high.lastTestLoss()).isGreaterThan(10 * cubic.lastTestLoss());
    }

    @Test
    void weightDecayShrinksTheWeights() {
        var plain = fit(20, 15, 400);
        var decayed = PolynomialFit.fit(data, new PolynomialFit.Settings(20, 15, 1, 400, SEED), p -> { },
                () -> false);
        assertThat(norm(decayed.weights())).isLessThan(norm(plain.weights()) * 0.8);
        assertThat(decayed.lastTrainLoss()).isGreaterThan(plain.lastTrainLoss());
    }

    @Test
    void reportsEveryEpochAndStopsWhenCancelled() {
        List<Integer> epochs = new ArrayList<>();
        var last = PolynomialFit.fit(data, new PolynomialFit.Settings(3, 20, 0, 25, SEED), p -> epochs.add(p.epoch()),
                () -> false);
        assertThat(epochs).hasSize(25).startsWith(1, 2).endsWith(25);
        assertThat(last.done()).isTrue();
        assertThat(last.trainLoss()).hasSize(25);
        int[] calls = {0};
        assertThat(PolynomialFit.fit(data, new PolynomialFit.Settings(3, 20, 0, 25, SEED), p -> calls[0]++,
                () -> calls[0] >= 5)).isNull();
        assertThat(calls[0]).isEqualTo(5);
    }

    @Test
    void sameSeedGivesTheSameFitAndSmallerSetsArePrefixes() {
        assertThat(fit(5, 30, 50).weights()).containsExactly(fit(5, 30, 50).weights());
        assertThat(data.trainX(10)).containsExactly(java.util.Arrays.copyOf(data.trainX(100), 10));
        assertThatThrownBy(() -> new PolynomialFit.Settings(21, 10, 0, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degree");
    }

    private static double norm(double[] w) {
        double sum = 0;
        for (int i = 1; i < w.length; i++) {
            sum += w[i] * w[i];
        }
        return Math.sqrt(sum);
    }
}
