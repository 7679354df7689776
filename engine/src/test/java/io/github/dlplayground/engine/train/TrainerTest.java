package io.github.dlplayground.engine.train;

import io.github.dlplayground.engine.backend.cuda.CudaDetector;
import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.assertj.core.api.Assertions.assertThat;

class TrainerTest {
    private static Dataset train;
    private static Dataset test;

    @BeforeAll
    static void loadSample() throws DataException {
        LoadedData data = SampleData.standard().load(DatasetKind.FASHION_MNIST);
        train = data.train().head(600);
        test = data.test().head(200);
    }

    private static TrainingConfig config(String preset, int epochs, int batch) throws NetworkFileException {
        return Presets.load(preset).training().withEpochs(epochs).withBatchSize(batch).withSeed(5);
    }

    private static Trainer trainer(String preset, TrainingConfig config) throws NetworkFileException {
        Sequential net = NetworkBuilder.build(Presets.load(preset).network(), config.init(), config.seed());
        return new Trainer(net, config);
    }

    /** Records every event as a short string. */
    private static final class Recorder implements TrainingListener {
        final List<String> events = new ArrayList<>();
        final List<TrainingEvent.EpochFinished> epochs = new ArrayList<>();

        @Override
        public void started(TrainingEvent.Started e) {
            events.add("started " + e.epochs() + "x" + e.batchesPerEpoch());
        }

        @Override
        public void batchFinished(TrainingEvent.BatchFinished e) {
            events.add("batch " + e.epoch() + "." + e.batch() + " step " + e.step());
        }

        @Override
        public void epochFinished(TrainingEvent.EpochFinished e) {
            events.add("epoch " + e.epoch());
            epochs.add(e);
        }

        @Override
        public void pauseChanged(TrainingEvent.PauseChanged e) {
            events.add(e.paused() ? "paused" : "resumed");
        }

        @Override
        public void finished(TrainingResult r) {
            events.add("finished " + r.status());
        }
    }

    @Test
    void eventsComeInOrder() throws Exception {
        var recorder = new Recorder();
        TrainingResult result = trainer("softmax", config("softmax", 2, 250)).fit(train, test, recorder);
        assertThat(recorder.events).containsExactly("started 2x3",
                "batch 1.1 step 1", "batch 1.2 step 2", "batch 1.3 step 3", "epoch 1",
                "batch 2.1 step 4", "batch 2.2 step 5", "batch 2.3 step 6", "epoch 2", "finished COMPLETED");
        assertThat(result.status()).isEqualTo(TrainingResult.Status.COMPLETED);
        assertThat(result.history()).hasSize(2);
        Evaluation eval = recorder.epochs.get(1).evaluation();
        assertThat(eval.dataset()).isEqualTo("test");
        assertThat(eval.count()).isEqualTo(200);
        assertThat(eval.confusion().total()).isEqualTo(200);
        assertThat(eval.accuracy()).isEqualTo((double) eval.confusion().correct() / 200);
        assertThat(eval.perClassAccuracy()).hasSize(10);
        assertThat(result.finalTest()).isSameAs(eval);
    }

    @Test
    void withoutAUsableGpuTrainOnGpuSaysWhyAndTrainsOnTheHostExactlyAsBefore() throws Exception {
        assumeFalse(CudaDetector.detect().available(), "a GPU is present here: the GPU report covers this case");
        TrainingConfig config = config("mlp", 1, 100);
        TrainingResult plain = trainer("mlp", config).fit(train, test, new TrainingListener() { });
        try (Trainer onGpu = trainer("mlp", config)) {
            String note = onGpu.trainOnGpu(Presets.load("mlp").network());
            assertThat(note).startsWith("training on the CPU: ");
            assertThat(onGpu.gpuNote()).isEqualTo(note);
            TrainingResult fallen = onGpu.fit(train, test, new TrainingListener() { });
            assertThat(fallen.history().get(0).trainLoss()).isEqualTo(plain.history().get(0).trainLoss());
            assertThat(fallen.finalTest().accuracy()).isEqualTo(plain.finalTest().accuracy());
        }
    }

    @Test
    void lossFallsOnATinySet() throws Exception {
        TrainingResult result = trainer("mlp", config("mlp", 5, 32)).fit(train, test, new TrainingListener() { });
        List<EpochMetrics> h = result.history();
        assertThat(h.get(4).trainLoss()).isLessThan(h.get(0).trainLoss() * 0.8);
        assertThat(h.get(0).trainLoss()).isLessThan(2.31);
        assertThat(result.finalTest().accuracy()).isGreaterThan(0.6);
    }

    @Test
    void stopsWithinOneBatch() throws Exception {
        var recorder = new Recorder();
        Trainer trainer = trainer("softmax", config("softmax", 3, 50));
        TrainingResult result = trainer.fit(train, test, new TrainingListener() {
            @Override
            public void batchFinished(TrainingEvent.BatchFinished e) {
                recorder.batchFinished(e);
                if (e.step() == 4) {
                    trainer.requestStop();
                }
            }
        });
        assertThat(recorder.events).last().isEqualTo("batch 1.4 step 4");
        assertThat(result.status()).isEqualTo(TrainingResult.Status.STOPPED);
        assertThat(result.steps()).isEqualTo(4);
        assertThat(result.history()).isEmpty();
        assertThat(result.finalTest()).isNull();
    }

    @Test
    void pausesUntilResumedFromAnotherThread() throws Exception {
        var recorder = new Recorder();
        Trainer trainer = trainer("softmax", config("softmax", 1, 100));
        var paused = new CountDownLatch(1);
        var listener = new TrainingListener() {
            @Override
            public void batchFinished(TrainingEvent.BatchFinished e) {
                recorder.batchFinished(e);
                if (e.step() == 2) {
                    trainer.pause();
                }
            }

            @Override
            public void pauseChanged(TrainingEvent.PauseChanged e) {
                recorder.pauseChanged(e);
                if (e.paused()) {
                    paused.countDown();
                }
            }
        };
        var result = new AtomicReference<TrainingResult>();
        Thread worker = new Thread(() -> result.set(trainer.fit(train, test, listener)));
        worker.start();
        paused.await();
        List<String> seenWhilePaused = List.copyOf(recorder.events);
        assertThat(trainer.isPaused()).isTrue();
        trainer.resume();
        worker.join();
        assertThat(seenWhilePaused).containsExactly("batch 1.1 step 1", "batch 1.2 step 2", "paused");
        assertThat(recorder.events).contains("resumed").last().isEqualTo("batch 1.6 step 6");
        assertThat(result.get().status()).isEqualTo(TrainingResult.Status.COMPLETED);
    }

    @Test
    void absurdLearningRateDiverges() throws Exception {
        TrainingConfig config = config("mlp", 2, 50).withOptimizer(OptimizerConfig.defaults("sgd").withLr(1e12));
        var recorder = new Recorder();
        TrainingResult result = trainer("mlp", config).fit(train, test, recorder);
        assertThat(result.status()).isEqualTo(TrainingResult.Status.DIVERGED);
        Divergence d = result.divergence();
        assertThat(d.step()).isGreaterThan(1);
        assertThat(d.suggestedLr()).isEqualTo(1e11);
        assertThat(result.steps()).isEqualTo(d.step() - 1);
        assertThat(result.message()).startsWith("DIVERGED: the loss became ")
                .contains("at step " + d.step()).contains("the learning rate 1000000000000 is probably too high for SGD")
                .endsWith("try 100000000000");
        assertThat(recorder.events).last().isEqualTo("finished DIVERGED");
    }

    @Test
    void sameSeedSameRun() throws Exception {
        TrainingConfig config = config("mlp-dropout", 2, 64);
        Trainer a = trainer("mlp-dropout", config);
        Trainer b = trainer("mlp-dropout", config);
        List<Double> lossesA = new ArrayList<>();
        List<Double> lossesB = new ArrayList<>();
        a.fit(train, test, new TrainingListener() {
            @Override
            public void batchFinished(TrainingEvent.BatchFinished e) {
                lossesA.add(e.loss());
            }
        });
        b.fit(train, test, new TrainingListener() {
            @Override
            public void batchFinished(TrainingEvent.BatchFinished e) {
                lossesB.add(e.loss());
            }
        });
        assertThat(lossesA).hasSize(20).isEqualTo(lossesB);
        List<Parameter> pa = a.network().parameters();
        List<Parameter> pb = b.network().parameters();
        for (int i = 0; i < pa.size(); i++) {
            assertThat(pa.get(i).value()).isEqualTo(pb.get(i).value());
        }
    }

    @Test
    void holdsOutAValidationSetAndLimitsTheTrainingSet() throws Exception {
        TrainingConfig config = config("softmax", 1, 100).withTrainingSetSize(400).withValidationFraction(0.25);
        var recorder = new Recorder();
        TrainingResult result = trainer("softmax", config).fit(train, test, recorder);
        assertThat(recorder.events.get(0)).isEqualTo("started 1x3");
        assertThat(recorder.epochs.get(0).evaluation().dataset()).isEqualTo("validation");
        assertThat(recorder.epochs.get(0).evaluation().count()).isEqualTo(100);
        assertThat(result.finalTest().dataset()).isEqualTo("test");
        assertThat(result.finalTest().count()).isEqualTo(200);
    }

    @Test
    void scheduleSetsTheRateOfEachEpoch() throws Exception {
        TrainingConfig config = config("softmax", 3, 300)
                .withSchedule(new io.github.dlplayground.engine.spec.LrSchedule.Step(1, 0.5));
        TrainingResult result = trainer("softmax", config).fit(train, test, new TrainingListener() { });
        assertThat(result.history()).extracting(EpochMetrics::lr).containsExactly(0.1, 0.05, 0.025);
    }

    @Test
    void singleStepsAndLayerStatistics() throws Exception {
        Trainer trainer = trainer("lenet-relu", config("lenet-relu", 1, 16));
        var batches = new io.github.dlplayground.engine.data.Batches(train, 16, 1, true);
        Trainer.StepResult first = trainer.trainBatch(batches.batch(0).images(), batches.batch(0).labels());
        assertThat(first.step()).isEqualTo(1);
        assertThat(first.diverged()).isFalse();
        List<LayerStatistics> stats = LayerStatistics.of(trainer.network());
        assertThat(stats).hasSize(12);
        LayerStatistics relu = stats.get(1);
        assertThat(relu.min()).isZero();
        assertThat(relu.zeroFraction()).isBetween(0.05, 0.95);
        assertThat(relu.outputShape().dims()).containsExactly(16, 6, 28, 28);
        assertThat(stats.get(0).weightGradientNorm()).isPositive();
        assertThat(stats.get(0).outputGradientNorm()).isPositive();
        assertThat(relu.weightNorm()).isNaN();
        for (int i = 1; i < 4; i++) {
            assertThat(trainer.trainBatch(batches.batch(i).images(), batches.batch(i).labels()).step()).isEqualTo(i + 1);
        }
        assertThat(trainer.steps()).isEqualTo(4);
    }

    @Test
    void singleStepWithANaNLossTakesNoStep() throws Exception {
        Trainer trainer = trainer("softmax", config("softmax", 1, 2));
        float[] huge = new float[2 * 784]; // NaN pixels make a NaN loss
        java.util.Arrays.fill(huge, Float.NaN);
        var images = new io.github.dlplayground.engine.tensor.Tensor(
                io.github.dlplayground.engine.tensor.Shape.of(2, 1, 28, 28), huge);
        float[] before = trainer.network().parameters().get(0).value().clone();
        Trainer.StepResult r = trainer.trainBatch(images, new int[] {0, 1});
        assertThat(r.diverged()).isTrue();
        assertThat(r.step()).isZero();
        assertThat(r.divergence().message()).contains("at step 1;").doesNotContain("epoch");
        assertThat(trainer.network().parameters().get(0).value()).isEqualTo(before);
    }

    @Test
    void refusesAnEmptyTrainingSet() throws Exception {
        Trainer trainer = trainer("softmax", config("softmax", 1, 10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainer.fit(train.head(0), test, new TrainingListener() { }))
                .hasMessageStartingWith("training: no training examples are left");
    }

    @Test
    void confusionMatrixArithmetic() {
        ConfusionMatrix m = ConfusionMatrix.of(new long[][] {{3, 1}, {0, 0}});
        assertThat(m.accuracy()).isEqualTo(0.75);
        assertThat(m.perClassAccuracy()[0]).isEqualTo(0.75);
        assertThat(m.perClassAccuracy()[1]).isNaN();
        assertThat(m.toTable()[0]).containsExactly(3, 1);
    }

    @Test
    void initChoiceChangesTheStart() throws Exception {
        TrainingConfig config = config("softmax", 1, 100);
        Sequential normal = NetworkBuilder.build(Presets.load("softmax").network(), WeightInit.NORMAL, 1);
        Sequential xavier = NetworkBuilder.build(Presets.load("softmax").network(), WeightInit.XAVIER, 1);
        assertThat(normal.parameters().get(0).value()).isNotEqualTo(xavier.parameters().get(0).value());
        assertThat(new Trainer(normal, config).config()).isEqualTo(config);
    }
}
