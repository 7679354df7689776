package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.surface.Surfaces;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RaceModelTest {
    static Map<String, OptimizerConfig> configs() {
        var m = new LinkedHashMap<String, OptimizerConfig>();
        for (String k : OptimizerConfig.KINDS) {
            var c = OptimizerConfig.defaults(k);
            m.put(k, Double.isNaN(c.lr()) ? c.withLr(0.1) : c);
        }
        return m;
    }

    private final RaceModel model = new RaceModel(Surfaces.preset("quadratic").surface(), -5, -2, configs(),
            List.of("sgd", "adam"));

    @Test
    void stepsEveryEnabledRacerTogether() {
        assertThat(model.enabledRacers()).extracting(RaceModel.Racer::kind).containsExactly("sgd", "adam");
        model.step();
        model.step();
        assertThat(model.stepCount()).isEqualTo(2);
        // SGD lr 0.1 on x² + 2y²: x ← 0.8x
        assertThat(model.racer("sgd").x(2)).isCloseTo(-3.2, within(1e-6));
        assertThat(model.racer("adam").size()).isEqualTo(3);
        assertThat(model.racer("rmsprop").descent()).isNull();
    }

    @Test
    void changingTheLearningRateReplaysThePathToTheCurrentStep() {
        for (int i = 0; i < 3; i++) {
            model.step();
        }
        double before = model.racer("sgd").x(3);
        model.setConfig("sgd", model.racer("sgd").config().withLr(0.2));
        assertThat(model.racer("sgd").size()).isEqualTo(4);
        // x ← 0.6x: −5·0.6³
        assertThat(model.racer("sgd").x(3)).isCloseTo(-1.08, within(1e-6)).isNotEqualTo(before);
    }

    @Test
    void advanceTurnsTimeIntoStepsAtTheSpeed() {
        model.setStepsPerSecond(20);
        assertThat(model.advance(0.12)).isEqualTo(2);
        assertThat(model.advance(0.04)).isEqualTo(1);
        model.setStepsPerSecond(0);
        assertThat(model.advance(1)).isZero();
        assertThat(model.stepCount()).isEqualTo(3);
    }

    @Test
    void placingTheStartRestarts() {
        model.step();
        var calls = new int[1];
        model.addListener(() -> calls[0]++);
        model.setStart(1, 1);
        assertThat(model.stepCount()).isZero();
        assertThat(model.racer("adam").x(0)).isEqualTo(1);
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void enablingARacerCatchesUpWithTheOthers() {
        model.step();
        model.step();
        model.setEnabled("momentum", true);
        assertThat(model.racer("momentum").size()).isEqualTo(3);
        model.setEnabled("sgd", false);
        assertThat(model.racer("sgd").size()).isZero();
    }

    @Test
    void finishesWhenEveryRacerDiverged() {
        model.setConfig("sgd", model.racer("sgd").config().withLr(2));
        model.setEnabled("adam", false);
        int n = 0;
        while (model.step()) {
            n++;
        }
        assertThat(model.racer("sgd").diverged()).isTrue();
        assertThat(model.finished()).isTrue();
        assertThat(n).isLessThan(20);
    }

    @Test
    void noiseIsReplayedWithTheSameSeed() {
        model.setNoise(0.5, 9);
        model.step();
        double x = model.racer("sgd").x(1);
        model.setNoise(0.5, 9);
        assertThat(model.racer("sgd").x(1)).isEqualTo(x);
        model.setNoise(0, 9);
        assertThat(model.racer("sgd").x(1)).isCloseTo(-4, within(1e-6));
    }
}
