package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.loss.SquaredLoss;
import io.github.dlplayground.engine.nn.Init;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Fits a polynomial of degree d to the book's data with the engine, as the book does: ŷ = b + Σᵢ wᵢ·xⁱ/i!
 * is an engine Linear(d → 1), trained with the engine's minibatch SGD (learning rate 0.01, batch 10,
 * optional weight decay λ) on the engine's squared loss ½(ŷ − y)²; train and test loss are recorded after
 * every epoch. Matrices of at most 100×21 run on the pure-Java backend. Runs on the calling thread (a worker
 * thread in the lesson).
 */
public final class PolynomialFit {
    public static final double LEARNING_RATE = 0.01;
    public static final int BATCH = 10;

    private PolynomialFit() {
    }

    /** What to fit: degree 1…20, training-set size 1…100, weight decay λ ≥ 0, epochs ≥ 1, seed of the weights and batches. */
    public record Settings(int degree, int trainSize, double weightDecay, int epochs, long seed) {
        public Settings {
            if (degree < 1 || degree > PolynomialData.MAX_DEGREE) {
                throw new IllegalArgumentException("polynomial degree must be 1…" + PolynomialData.MAX_DEGREE
                        + ", got " + degree);
            }
            if (trainSize < 1 || trainSize > PolynomialData.MAX_TRAIN) {
                throw new IllegalArgumentException("training-set size must be 1…" + PolynomialData.MAX_TRAIN
                        + ", got " + trainSize);
            }
            if (!(weightDecay >= 0) || epochs < 1) {
                throw new IllegalArgumentException("weight decay must be ≥ 0 and epochs ≥ 1, got " + weightDecay
                        + " and " + epochs);
            }
        }
    }

    /**
     * The state after {@code epoch} epochs: losses per epoch so far, and the weights, bias first
     * (the coefficient of x⁰/0!), then w₁…w_d.
     */
    public record Progress(Settings settings, int epoch, float[] trainLoss, float[] testLoss, double[] weights) {
        /** Copies of the curves are taken by {@link #fit}: a progress can be handed to another thread. */
        public float lastTrainLoss() {
            return trainLoss[epoch - 1];
        }

        public float lastTestLoss() {
            return testLoss[epoch - 1];
        }

        public boolean done() {
            return epoch == settings.epochs();
        }

        /** The fitted polynomial at x. */
        public double predict(double x) {
            double y = 0;
            for (int i = 0; i < weights.length; i++) {
                y += weights[i] * PolynomialData.term(x, i);
            }
            return y;
        }
    }

    /**
     * Trains and reports every epoch to {@code listener}; stops early (returning null) when {@code cancelled}
     * turns true. Returns the final progress.
     */
    public static Progress fit(PolynomialData data, Settings settings, Consumer<Progress> listener,
                               BooleanSupplier cancelled) {
        int d = settings.degree();
        int n = settings.trainSize();
        Tensor trainFeatures = PolynomialData.features(data.trainX(n), d);
        Tensor trainTargets = PolynomialData.targets(data.trainY(n));
        Tensor testFeatures = PolynomialData.features(data.testX(), d);
        Tensor testTargets = PolynomialData.targets(data.testY());
        var rng = new Rng(settings.seed());
        var net = new Linear(d, 1);
        net.useBackend(Backends.select("java"));
        net.initialize(Init.pytorchDefault(), rng);
        var optimizer = new Sgd(net.parameters(), LEARNING_RATE, 0, 0, settings.weightDecay(), false);
        var loss = new SquaredLoss();
        int batch = Math.min(BATCH, n);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        float[] trainLoss = new float[settings.epochs()];
        float[] testLoss = new float[settings.epochs()];
        Progress progress = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            shuffle(order, rng);
            for (int start = 0; start < n; start += batch) {
                int size = Math.min(batch, n - start);
                Tensor x = rows(trainFeatures, order, start, size);
                Tensor y = rows(trainTargets, order, start, size);
                optimizer.zeroGrad();
                loss.forward(net.forward(x, true), y);
                net.backward(loss.backward());
                optimizer.step();
            }
            trainLoss[epoch - 1] = loss.forward(net.forward(trainFeatures, false), trainTargets);
            testLoss[epoch - 1] = loss.forward(net.forward(testFeatures, false), testTargets);
            progress = new Progress(settings, epoch, Arrays.copyOf(trainLoss, epoch), Arrays.copyOf(testLoss, epoch),
                    weights(net));
            listener.accept(progress);
        }
        return progress;
    }

    private static double[] weights(Linear net) {
        float[] w = net.weight().value();
        double[] out = new double[w.length + 1];
        out[0] = net.bias().value()[0];
        for (int i = 0; i < w.length; i++) {
            out[i + 1] = w[i];
        }
        return out;
    }

    private static void shuffle(int[] order, Rng rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static Tensor rows(Tensor source, int[] order, int start, int size) {
        int width = source.shape().dim(1);
        float[] data = new float[size * width];
        for (int r = 0; r < size; r++) {
            System.arraycopy(source.data(), order[start + r] * width, data, r * width, width);
        }
        return new Tensor(Shape.of(size, width), data);
    }
}
