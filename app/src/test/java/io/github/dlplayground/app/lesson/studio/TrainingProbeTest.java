package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingEvent;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.dropout.DropoutSnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingProbeTest {
    private static final NetworkSpec SPEC = new NetworkSpec("tiny", Shape.of(1, 28, 28), List.of(new FlattenSpec(),
            new LinearSpec(784, 16), new ReluSpec(), new DropoutSpec(0.5), new LinearSpec(16, 10)));

    /** Records what the probe delivers. */
    private static final class Recorder implements TrainingSink {
        final List<double[]> batches = new ArrayList<>();
        final List<Progress> progress = new ArrayList<>();
        final List<EpochReport> epochs = new ArrayList<>();
        final List<InsideSnapshot> inside = new ArrayList<>();
        final List<DropoutSnapshot> dropout = new ArrayList<>();
        TrainingResult result;

        @Override
        public void started(TrainingEvent.Started event) {
        }

        @Override
        public void progress(Progress p, double[][] rows) {
            progress.add(p);
            batches.addAll(List.of(rows));
        }

        @Override
        public void epoch(EpochReport report) {
            epochs.add(report);
        }

        @Override
        public void inside(InsideSnapshot snapshot) {
            inside.add(snapshot);
        }

        @Override
        public void dropout(DropoutSnapshot snapshot) {
            dropout.add(snapshot);
        }

        @Override
        public void paused(boolean paused) {
        }

        @Override
        public void finished(TrainingResult r) {
            result = r;
        }
    }

    private static Dataset random(String name, int n, long seed) {
        var rnd = new Random(seed);
        byte[] pixels = new byte[n * 784];
        rnd.nextBytes(pixels);
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) rnd.nextInt(10);
        }
        return Dataset.of(DatasetKind.FASHION_MNIST, name, 28, 28, pixels, labels);
    }

    @Test
    void deliversEveryBatchPredictionsMatchingTheConfusionMatrixStatisticsAndTheDropoutMask() {
        Dataset train = random("train", 64, 1);
        Dataset test = random("test", 30, 2);
        var config = TrainingConfig.defaults().withOptimizer(OptimizerConfig.defaults("sgd").withLr(0.05))
                .withBatchSize(16).withEpochs(2);
        Sequential network = NetworkBuilder.build(SPEC, WeightInit.DEFAULT, 1);
        var recorder = new Recorder();
        long[] now = {0};
        var probe = new TrainingProbe(network, SPEC, test, 16, recorder, () -> false, () -> now[0] += 1_000_000_000L);
        probe.watchDropout(3);
        probe.chooseImage(5);
        new Trainer(network, config).fit(train, test, probe);

        assertThat(recorder.result.status()).isEqualTo(TrainingResult.Status.COMPLETED);
        assertThat(recorder.batches).extracting(r -> (long) r[0]).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        Progress last = recorder.progress.get(recorder.progress.size() - 1);
        assertThat(last.epoch()).isEqualTo(2);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.samplesPerSecond()).isEqualTo(16.0);

        assertThat(recorder.epochs).hasSize(2);
        EpochReport report = recorder.epochs.get(1);
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                int count = 0;
                for (int i = 0; i < test.size(); i++) {
                    if (test.label(i) == t && report.predicted()[i] == p) {
                        count++;
                    }
                }
                assertThat((long) count).isEqualTo(report.evaluation().confusion().count(t, p));
            }
        }
        for (float probability : report.probability()) {
            assertThat(probability).isBetween(0.1f, 1f);
        }

        InsideSnapshot withStats = recorder.inside.stream().filter(s -> s.statistics() != null).findFirst().orElseThrow();
        assertThat(withStats.statistics()).hasSize(5);
        InsideSnapshot end = recorder.inside.get(recorder.inside.size() - 1);
        assertThat(end.imageIndex()).isEqualTo(5);
        assertThat(end.image()).containsExactly(test.image(5));
        assertThat(end.maps()).hasSize(5);
        assertThat(end.maps().get(4).shape()).isEqualTo(Shape.of(10));

        assertThat(recorder.dropout).isNotEmpty();
        DropoutSnapshot d = recorder.dropout.get(0);
        assertThat(d.p()).isEqualTo(0.5);
        assertThat(d.units()).isEqualTo(16);
        assertThat(d.evalOutput()).containsExactly(d.input());
        for (int i = 0; i < d.units(); i++) {
            assertThat(d.trainOutput()[i]).isIn(0f, d.input()[i] * 2f);
        }
    }

    @Test
    void predictionStopsWhenAStopIsRequested() {
        Dataset test = random("test", 30, 2);
        Sequential network = NetworkBuilder.build(SPEC, WeightInit.DEFAULT, 1);
        var probe = new TrainingProbe(network, SPEC, test, 16, new Recorder(), () -> true, System::nanoTime);
        assertThat(probe.predict(new int[30], new float[30])).isFalse();
    }

    @Test
    void runCurvesSmoothTheBatchLossAndKeepThePreviousRunAsAGhost() {
        var curves = new RunCurves();
        curves.start("a", 4, "test", false);
        curves.addBatches(new double[][] {{1, 2.0, 0.1}, {2, 1.0, 0.2}});
        assertThat(curves.current().batchLoss.x(0)).isEqualTo(0.25);
        assertThat(curves.current().batchLoss.y(0)).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        // bias-corrected EMA: (0.9·0.1·2 + 0.1·1) / (1 − 0.81)
        assertThat(curves.current().batchLoss.y(1)).isEqualTo((0.18 + 0.1) / 0.19, org.assertj.core.data.Offset.offset(1e-12));
        curves.addEpoch(new io.github.dlplayground.engine.train.EpochMetrics(1, 1.5, 0.4, "test", 1.2, 0.5, 1, 1, 0.1));
        curves.start("a", 4, "test", true);
        curves.addEpoch(new io.github.dlplayground.engine.train.EpochMetrics(1, 1.0, 0.6, "test", 1.1, 0.55, 1, 1, 0.1));
        assertThat(curves.current().evalAccuracy.x(1)).isEqualTo(2.0);
        curves.start("b", 4, "test", false);
        assertThat(curves.previous().label).isEqualTo("a");
        assertThat(curves.previous().evalAccuracy.size()).isEqualTo(2);
        assertThat(curves.current().isEmpty()).isTrue();
    }

    @Test
    void comparisonRunDropsOnlyTheDropoutLayers() {
        NetworkSpec without = DropoutComparison.withoutDropout(SPEC, "no dropout");
        assertThat(without.layers()).hasSize(4).noneMatch(l -> l instanceof DropoutSpec);
        assertThat(without.name()).isEqualTo("no dropout");
        assertThat(without.validate(10).isValid()).isTrue();
    }
}
