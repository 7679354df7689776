package io.github.dlplayground.app.lesson.activations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DropoutModelTest {
    @Test
    void keptUnitsAreScaledAndDroppedOnesAreZero() {
        var model = new DropoutModel(0.5, 11);
        model.step();
        int dropped = 0;
        for (int i = 0; i < model.units(); i++) {
            double h = DropoutModel.ACTIVATIONS[i];
            if (model.dropped(i)) {
                dropped++;
                assertThat(model.output(i)).isZero();
            } else {
                assertThat(model.output(i)).isCloseTo(2 * h, within(1e-6));
            }
        }
        assertThat(model.keptCount()).isEqualTo(model.units() - dropped);
        assertThat(model.keptScale()).isEqualTo(2.0);
    }

    @Test
    void runningMeanSettlesAtTheActivation() {
        var model = new DropoutModel(0.7, 5);
        for (int step = 0; step < 6000; step++) {
            model.step();
        }
        for (int i = 0; i < model.units(); i++) {
            // standard error of the mean: h·√(p/(1−p)/6000) ≤ 2·0.02 = 0.04
            assertThat(model.runningMean(i)).isCloseTo(DropoutModel.ACTIVATIONS[i], within(0.15));
        }
    }

    @Test
    void inferenceDropsNothing() {
        var model = new DropoutModel(0.9, 5);
        model.setTraining(false);
        for (int step = 0; step < 20; step++) {
            model.step();
        }
        for (int i = 0; i < model.units(); i++) {
            assertThat(model.dropped(i)).isFalse();
            assertThat(model.output(i)).isCloseTo(DropoutModel.ACTIVATIONS[i], within(1e-6));
        }
        assertThat(model.keptScale()).isEqualTo(1.0);
    }

    @Test
    void changingPRestartsTheMeans() {
        var model = new DropoutModel(0.5, 5);
        model.step();
        model.setProbability(0.2);
        assertThat(model.steps()).isZero();
        assertThat(model.runningMean(0)).isEqualTo(DropoutModel.ACTIVATIONS[0]);
    }
}
