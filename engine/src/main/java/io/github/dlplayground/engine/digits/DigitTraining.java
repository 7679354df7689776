package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;
import io.github.dlplayground.engine.train.Evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Trains a digit classifier on augmented digits ({@link DigitAugmenter}): minibatches of freshly distorted and
 * re-drawn digits, softmax cross-entropy, Adam with a cosine-decayed learning rate
 * lr_t = lr·½(1 + cos(π·t/T)) over all T steps. Runs on the calling thread; the listener hears every batch.
 */
public final class DigitTraining {
    /** Hyperparameters of a run. */
    public record Settings(int epochs, int batchSize, double learningRate, long seed,
                           DigitAugmenter.Settings augmentation) {
        /** What the default digit model is trained with. */
        public static Settings standard() {
            return new Settings(12, 64, 0.003, 20240601L, DigitAugmenter.Settings.standard());
        }
    }

    /** Progress of a run. Called on the training thread. */
    public interface Listener {
        /** Before the first batch, while the augmenter prepares the digits (may take a second or two). */
        default void preparing() {
        }

        /** After each batch: 1-based epoch and batch, and that batch's mean loss. */
        void batchDone(int epoch, int epochs, int batch, int batches, double loss);

        /** After each epoch, with its numbers (evaluated on the test set). */
        default void epochDone(EpochMetrics metrics, int epochs) {
        }
    }

    /**
     * How a run ended: the last epoch's mean training loss, accuracy on the test set, the seconds taken, whether
     * it was stopped early, and the numbers of every finished epoch.
     */
    public record Result(double trainLoss, double testAccuracy, double seconds, boolean stopped,
                         List<EpochMetrics> history) {
    }

    private DigitTraining() {
    }

    /**
     * Trains {@code network} (input 1×28×28, output 10 logits) on {@code train}; then measures its accuracy on
     * {@code test} (as stored, no augmentation). {@code stop} is polled between batches.
     */
    public static Result train(Layer network, Dataset train, Dataset test, Settings settings, Listener listener,
                               BooleanSupplier stop) {
        long start = System.nanoTime();
        if (stop.getAsBoolean()) {
            return new Result(Double.NaN, Double.NaN, 0, true, List.of());
        }
        listener.preparing();
        var augmenter = new DigitAugmenter(settings.augmentation(), train);
        Optimizer optimizer = OptimizerConfig.defaults("adam").withLr(settings.learningRate())
                .create(network.parameters());
        var loss = new LossOf();
        var random = new SplittableRandom(settings.seed());
        int n = augmenter.size();
        int batchSize = settings.batchSize();
        int batches = (n + batchSize - 1) / batchSize;
        long totalSteps = (long) batches * settings.epochs();
        int[] order = new int[n];
        var history = new ArrayList<EpochMetrics>();
        double epochLoss = Double.NaN;
        double testAccuracy = Double.NaN;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long epochStart = System.nanoTime();
            shuffle(order, random);
            double sum = 0;
            int correct = 0;
            double lr = optimizer.learningRate();
            for (int b = 0; b < batches; b++) {
                if (stop.getAsBoolean()) {
                    return new Result(epochLoss, testAccuracy, seconds(start), true, List.copyOf(history));
                }
                int from = b * batchSize;
                int size = Math.min(batchSize, n - from);
                float[] images = new float[size * 784];
                int[] labels = new int[size];
                long stream = (long) epoch * n + from;
                Backends.pool().forRange(size, 8, (k0, k1) -> {
                    for (int k = k0; k < k1; k++) {
                        // one generator per example, from (seed, epoch, position): same digits on any thread count
                        var own = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + stream + k);
                        augmenter.augment(order[from + k], own, images, k * 784);
                    }
                });
                for (int k = 0; k < size; k++) {
                    labels[k] = augmenter.label(order[from + k]);
                }
                long step = (long) (epoch - 1) * batches + b;
                optimizer.setLearningRate(settings.learningRate() * 0.5 * (1 + Math.cos(Math.PI * step / totalSteps)));
                Tensor logits = step(network, optimizer, loss, images, labels);
                double batchLoss = loss.lastLoss();
                correct += correctCount(logits, labels);
                sum += batchLoss * size;
                listener.batchDone(epoch, settings.epochs(), b + 1, batches, batchLoss);
            }
            epochLoss = sum / n;
            double trainSeconds = seconds(epochStart);
            long evalStart = System.nanoTime();
            Evaluation evaluation = Evaluator.evaluate(network, test);
            testAccuracy = evaluation.accuracy();
            var metrics = new EpochMetrics(epoch, epochLoss, (double) correct / n, "test", evaluation.loss(),
                    testAccuracy, trainSeconds, seconds(evalStart), lr);
            history.add(metrics);
            listener.epochDone(metrics, settings.epochs());
        }
        return new Result(epochLoss, testAccuracy, seconds(start), false, List.copyOf(history));
    }

    /** One forward, backward and update on a batch; returns the logits [N, classes] (valid until the next step). */
    static Tensor step(Layer network, Optimizer optimizer, LossOf loss, float[] images, int[] labels) {
        optimizer.zeroGrad();
        Tensor logits = network.forward(new Tensor(Shape.of(labels.length, 1, 28, 28), images), true);
        Tensor flat = logits.reshape(Shape.of(labels.length, logits.size() / labels.length));
        loss.forward(flat, labels);
        network.backward(loss.backward().reshape(logits.shape()));
        optimizer.step();
        return flat;
    }

    /** Softmax cross-entropy that remembers its last value. */
    static final class LossOf {
        private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        private double last = Double.NaN;

        void forward(Tensor logits, int[] labels) {
            last = loss.forward(logits, labels);
        }

        Tensor backward() {
            return loss.backward();
        }

        double lastLoss() {
            return last;
        }
    }

    private static int correctCount(Tensor logits, int[] labels) {
        int classes = logits.shape().dim(1);
        int correct = 0;
        for (int k = 0; k < labels.length; k++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits.data()[k * classes + c] > logits.data()[k * classes + best]) {
                    best = c;
                }
            }
            if (best == labels[k]) {
                correct++;
            }
        }
        return correct;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
