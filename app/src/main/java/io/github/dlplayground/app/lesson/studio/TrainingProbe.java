package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.data.Batches;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Dropout;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.train.LayerStatistics;
import io.github.dlplayground.engine.train.TrainingEvent;
import io.github.dlplayground.engine.train.TrainingListener;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.dropout.DropoutSnapshot;
import io.github.dlplayground.visuals.fx.RateLimiter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Listens to the trainer on the training thread and measures what the studio shows: progress and batch losses
 * (at most 30 deliveries a second), per-layer statistics, kernels and the chosen image's feature maps (a few
 * times a second), the watched Dropout layer's mask, and after each epoch every evaluated image's prediction.
 * All reads of the network happen here, between steps; values leave as copies. {@link #watchDropout} and
 * {@link #chooseImage} may be called from any thread.
 */
final class TrainingProbe implements TrainingListener {
    private static final int PREDICTION_BATCH = 500;

    private final Sequential network;
    private final NetworkSpec spec;
    private final Dataset evalSet;
    private final TrainingSink sink;
    private final BooleanSupplier stop;
    private final LongSupplier clock;
    private final int batchSize;
    private final RateLimiter progressLimit = new RateLimiter(30);
    private final RateLimiter insideLimit = new RateLimiter(4);
    private final RateLimiter dropoutLimit = new RateLimiter(4);
    private final List<double[]> pending = new ArrayList<>();
    private volatile int watchedDropout = -1;
    private volatile int chosenImage;
    private long lastBatchNanos = -1;
    private double secondsPerBatch = Double.NaN;
    private int epochs;

    TrainingProbe(Sequential network, NetworkSpec spec, Dataset evalSet, int batchSize, TrainingSink sink,
                  BooleanSupplier stop, LongSupplier clock) {
        this.network = network;
        this.spec = spec;
        this.evalSet = evalSet;
        this.batchSize = batchSize;
        this.sink = sink;
        this.stop = stop;
        this.clock = clock;
    }

    Dataset evalSet() {
        return evalSet;
    }

    /** Layer index of a Dropout block to show, or −1. */
    void watchDropout(int layer) {
        watchedDropout = layer;
    }

    /** Index into the evaluated set of the image whose feature maps to show. */
    void chooseImage(int index) {
        chosenImage = index;
    }

    @Override
    public void started(TrainingEvent.Started e) {
        epochs = e.epochs();
        lastBatchNanos = clock.getAsLong();
        sink.started(e);
    }

    @Override
    public void batchFinished(TrainingEvent.BatchFinished e) {
        long now = clock.getAsLong();
        if (lastBatchNanos >= 0) {
            double dt = (now - lastBatchNanos) / 1e9;
            secondsPerBatch = Double.isNaN(secondsPerBatch) ? dt : 0.9 * secondsPerBatch + 0.1 * dt;
        }
        lastBatchNanos = now;
        pending.add(new double[] {e.step(), e.loss(), e.accuracy()});
        if (progressLimit.tryAcquire(now) || e.batch() == e.batchesPerEpoch()) {
            long left = (long) (epochs - e.epoch()) * e.batchesPerEpoch() + e.batchesPerEpoch() - e.batch();
            var p = new Progress(e.epoch(), epochs, e.batch(), e.batchesPerEpoch(), e.step(), batchSize / secondsPerBatch,
                    left * secondsPerBatch, e.lr());
            sink.progress(p, pending.toArray(new double[0][]));
            pending.clear();
        }
        int watched = watchedDropout;
        if (watched >= 0 && dropoutLimit.tryAcquire(now)) {
            DropoutSnapshot d = dropoutSnapshot(watched, e.step());
            if (d != null) {
                sink.dropout(d);
            }
        }
        if (insideLimit.tryAcquire(now)) {
            sink.inside(inside(e.step(), true));
        }
    }

    @Override
    public void epochFinished(TrainingEvent.EpochFinished e) {
        int[] predicted = new int[evalSet.size()];
        float[] probability = new float[evalSet.size()];
        if (!predict(predicted, probability)) {
            return;
        }
        sink.epoch(new EpochReport(e.metrics(), e.evaluation(), evalSet, predicted, probability));
        sink.inside(inside(-1, false));
    }

    @Override
    public void pauseChanged(TrainingEvent.PauseChanged e) {
        lastBatchNanos = clock.getAsLong();
        sink.paused(e.paused());
    }

    @Override
    public void finished(TrainingResult result) {
        sink.finished(result);
    }

    /** Predicted class and its probability for every evaluated image; false when stopped on the way. */
    boolean predict(int[] predicted, float[] probability) {
        var batches = new Batches(evalSet, PREDICTION_BATCH, 0, false);
        var loss = new SoftmaxCrossEntropy();
        for (int b = 0; b < batches.batchCount(); b++) {
            if (stop.getAsBoolean()) {
                return false;
            }
            Batches.Batch batch = batches.batch(b);
            Tensor logits = network.forward(batch.images(), false);
            loss.forward(logits, batch.labels());
            float[] p = loss.probabilities().data();
            int k = logits.shape().dim(1);
            for (int i = 0; i < batch.size(); i++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (p[i * k + j] > p[i * k + best]) {
                        best = j;
                    }
                }
                predicted[b * PREDICTION_BATCH + i] = best;
                probability[b * PREDICTION_BATCH + i] = p[i * k + best];
            }
        }
        return true;
    }

    /**
     * Statistics of the last training step (when {@code withStatistics}), a copy of every Conv2d's weights and
     * every layer's output for the chosen image (one forward pass in evaluation mode). Training thread only,
     * between steps; also usable when no training runs.
     */
    InsideSnapshot inside(long step, boolean withStatistics) {
        List<LayerStatistics> stats = withStatistics ? LayerStatistics.of(network) : null;
        List<InsideSnapshot.Kernels> kernels = new ArrayList<>();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Conv2d c) {
                kernels.add(new InsideSnapshot.Kernels(i, c.weight().shape(), c.weight().value().clone()));
            }
        }
        int index = Math.min(Math.max(chosenImage, 0), evalSet.size() - 1);
        List<InsideSnapshot.FeatureMap> maps = new ArrayList<>();
        float[] image = null;
        if (index >= 0) {
            image = evalSet.image(index);
            var x = new Tensor(spec.input().withBatch(1), image.clone());
            network.forward(x, false);
            for (int i = 0; i < layers.size(); i++) {
                Tensor y = layers.get(i).lastOutput();
                maps.add(new InsideSnapshot.FeatureMap(i, y.shape().withoutBatch(), y.data().clone()));
            }
        }
        return new InsideSnapshot(step, stats, kernels, index, image, maps);
    }

    /** Input, training output and evaluation output of the first image of the last batch at Dropout {@code layer}. */
    DropoutSnapshot dropoutSnapshot(int layer, long step) {
        List<Layer> layers = network.layers();
        if (layer <= 0 || layer >= layers.size() || !(layers.get(layer) instanceof Dropout dropout)) {
            return null;
        }
        Tensor in = layers.get(layer - 1).lastOutput();
        Tensor out = dropout.lastOutput();
        if (in == null || out == null || in.shape().dim(0) == 0) {
            return null;
        }
        int n = in.size() / in.shape().dim(0);
        float[] input = Arrays.copyOf(in.data(), n);
        float[] train = Arrays.copyOf(out.data(), n);
        Tensor eval = dropout.forward(new Tensor(in.shape().withoutBatch().withBatch(1), input.clone()), false);
        // the spec's p, not the layer's float copy of it, so 0.2 reads as 0.2
        double p = spec.layers().get(layer) instanceof DropoutSpec d ? d.p() : dropout.probability();
        return new DropoutSnapshot((layer + 1) + " Dropout", p, input, train,
                Arrays.copyOf(eval.data(), n), step);
    }
}
