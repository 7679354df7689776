package io.github.dlplayground.app.lesson.linreg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinregModelTest {
    private final LinregModel model = new LinregModel();

    @Test
    void theBooksSettingsFitTheLineInThreeEpochs() {
        int steps = 0;
        while (model.step()) {
            steps++;
        }
        // 1000 examples in batches of 10: 100 minibatches per epoch
        assertThat(steps).isEqualTo(300);
        assertThat(model.epoch()).isEqualTo(3);
        assertThat(model.w()).isCloseTo(2, within(0.01));
        assertThat(model.b()).isCloseTo(4.2, within(0.01));
        assertThat(model.size()).isEqualTo(301);
    }

    @Test
    void fullBatchStepIsGradientDescentOnTheExactLoss() {
        model.setBatchSize(1000);
        double[] g = new double[2];
        model.data().gradient(0, 0, g);
        model.step();
        // w₁ = w₀ − η·∂L/∂w at (0, 0), in float32
        assertThat(model.w()).isCloseTo(-0.03 * g[0], within(1e-6));
        assertThat(model.b()).isCloseTo(-0.03 * g[1], within(1e-6));
        assertThat(model.lastStep().batchSize()).isEqualTo(1000);
        assertThat(model.batchesPerEpoch()).isEqualTo(1);
    }

    @Test
    void lastStepHoldsTheNumbersOfTheFormula() {
        model.step();
        var s = model.lastStep();
        assertThat(s.wAfter()).isCloseTo(s.wBefore() - s.lr() * s.gradW(), within(1e-6));
        assertThat(s.bAfter()).isCloseTo(s.bBefore() - s.lr() * s.gradB(), within(1e-6));
        assertThat(s.batchSize()).isEqualTo(10);
    }

    @Test
    void sameSeedSamePathAndTheLearningRateActsFromTheNextStep() {
        var other = new LinregModel();
        for (int i = 0; i < 5; i++) {
            model.step();
            other.step();
        }
        assertThat(other.w()).isEqualTo(model.w());
        other.setLearningRate(0.3);
        model.step();
        other.step();
        assertThat(other.lastStep().lr()).isEqualTo(0.3, within(1e-7));
        assertThat(other.w()).isNotEqualTo(model.w());
    }

    @Test
    void aTooLargeLearningRateDiverges() {
        model.setBatchSize(1000);
        model.setLearningRate(3);
        model.setEpochs(1000);
        int n = 0;
        while (model.step()) {
            n++;
        }
        assertThat(model.diverged()).isTrue();
        assertThat(n).isLessThan(200);
    }

    @Test
    void newDataStartsOver() {
        model.step();
        model.generate(-1, 0.5, 0.1, 50, 7);
        assertThat(model.steps()).isZero();
        assertThat(model.data().size()).isEqualTo(50);
        assertThat(model.data().optimumW()).isCloseTo(-1, within(0.1));
        assertThat(model.batchSize()).isEqualTo(10);
    }
}
