package io.github.dlplayground.app.lesson.softmax;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SoftmaxEngineTest {
    private final SoftmaxEngine engine = new SoftmaxEngine();

    @Test
    void probabilitiesArePositiveAndSumToOne() {
        var random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            double[] logits = {random.nextGaussian() * 5, random.nextGaussian() * 5, random.nextGaussian() * 5};
            SoftmaxOutcome outcome = engine.evaluate(logits, trial % 3);
            assertThat(outcome.probabilitySum()).isCloseTo(1, within(1e-6));
            for (double p : outcome.probabilities()) {
                assertThat(p).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void stableForLogitsOfPlusMinusTenThousand() {
        SoftmaxOutcome outcome = engine.evaluate(new double[] {1e4, -1e4, 0}, 1);
        assertThat(outcome.probabilities()).containsExactly(1.0, 0.0, 0.0);
        assertThat(outcome.probabilitySum()).isEqualTo(1.0);
        // log Σ exp(o) = 1e4 (the other terms vanish), so −log ŷ₂ = 1e4 − (−1e4) = 2e4, finite and exact
        assertThat(outcome.crossEntropy()).isCloseTo(2e4, within(1e-3 * 2e4));
        assertThat(engine.evaluate(new double[] {1e4, -1e4, 0}, 0).crossEntropy()).isCloseTo(0, within(1e-6));
        assertThat(engine.evaluate(new double[] {-1e4, -1e4, -1e4}, 2).probabilities())
                .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-6));
    }

    @Test
    void naiveFormOverflowsWhereTheEngineDoesNot() {
        double[] logits = {1000, 10, -5};
        NaiveSoftmax.Result naive = NaiveSoftmax.evaluate(logits, 1);
        assertThat(naive.exponentials()[0]).isInfinite();
        assertThat(naive.probabilities()[0]).isNaN();
        assertThat(naive.broken()).isTrue();
        SoftmaxOutcome stable = engine.evaluate(logits, 1);
        assertThat(stable.crossEntropy()).isCloseTo(990, within(1e-2));
        assertThat(NaiveSoftmax.evaluate(new double[] {2, 1, 0.1}, 0).broken()).isFalse();
    }

    @Test
    void crossEntropyMatchesTheHandValue() {
        // ŷ₁ = e²/(e² + e¹ + e^0.1) = 7.389056/11.212305 = 0.659001; −ln 0.659001 = 0.417030
        SoftmaxOutcome outcome = engine.evaluate(new double[] {2.0, 1.0, 0.1}, 0);
        assertThat(outcome.probabilities()[0]).isCloseTo(0.659001, within(1e-5));
        assertThat(outcome.crossEntropy()).isCloseTo(0.417030, within(1e-5));
        assertThat(outcome.gradient()[0]).isCloseTo(0.659001 - 1, within(1e-5));
        // squared error ½Σ(ŷⱼ − yⱼ)² with ŷ = (0.659001, 0.242433, 0.098566)
        double se = 0.5 * (Math.pow(0.659001 - 1, 2) + Math.pow(0.242433, 2) + Math.pow(0.098566, 2));
        assertThat(outcome.squaredError()).isCloseTo(se, within(1e-5));
    }

    @Test
    void softmaxKeepsTheOrderOfTheLogitsAndIgnoresAShift() {
        SoftmaxOutcome outcome = engine.evaluate(new double[] {0.5, 3, -2}, 0);
        assertThat(outcome.logitRanks()).containsExactly(2, 1, 3);
        assertThat(outcome.probabilityRanks()).containsExactly(2, 1, 3);
        assertThat(outcome.predicted()).isEqualTo(1);
        SoftmaxOutcome shifted = engine.evaluate(new double[] {5.5, 8, 3}, 0);
        for (int j = 0; j < 3; j++) {
            assertThat(shifted.probabilities()[j]).isCloseTo(outcome.probabilities()[j], within(1e-6));
        }
    }

    @Test
    void squaredErrorSlopeMatchesFiniteDifferencesAndVanishesWhenConfidentlyWrong() {
        double[] logits = {1.5, -0.3, 0.4};
        double h = 1e-3;
        double[] up = logits.clone();
        double[] down = logits.clone();
        up[2] += h;
        down[2] -= h;
        double numeric = (engine.evaluate(up, 2).squaredError() - engine.evaluate(down, 2).squaredError()) / (2 * h);
        assertThat(SoftmaxEngine.squaredErrorSlope(engine.evaluate(logits, 2))).isCloseTo(numeric, within(1e-3));
        SoftmaxOutcome wrong = engine.evaluate(new double[] {8, 0, -8}, 2);
        assertThat(Math.abs(SoftmaxEngine.squaredErrorSlope(wrong))).isLessThan(1e-5);
        assertThat(wrong.gradient()[2]).isCloseTo(-1, within(1e-5));
    }

    @Test
    void modelComputesLogitsWithTheEngineLinearLayer() {
        var model = new SoftmaxModel();
        // cat: 1.5·0.9 − 0.5·0.2 + 0.2·0.1 + 1.0·0.7 + 0.1 = 2.07
        assertThat(model.logits()[0]).isCloseTo(2.07, within(1e-5));
        model.setMultiplier(1000);
        assertThat(model.logits()[0]).isCloseTo(2070, within(1e-2));
        assertThat(model.outcome().probabilitySum()).isCloseTo(1, within(1e-6));
        model.setSource(SoftmaxModel.Source.LOGITS);
        model.setMultiplier(1);
        model.setDirectLogit(1, 4);
        assertThat(model.outcome().predicted()).isEqualTo(1);
    }
}
