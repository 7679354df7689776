package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Teaches a trained digit model the user's own drawings: a few Adam steps on minibatches that mix the
 * personal examples (each moved by up to one pixel) with as many sample digits, so that the model learns the
 * new examples without forgetting the old ones. Runs on the calling thread and changes {@code network} in
 * place: give it a copy.
 */
public final class FineTuning {
    /** A preprocessed drawing (28×28 values in [0, 1]) and the class it really shows. */
    public record Example(float[] input, int label) {
        public Example {
            if (input.length != 784) {
                throw new IllegalArgumentException("an example needs 28×28 = 784 values, got " + input.length);
            }
        }
    }

    /** Hyperparameters: Adam's learning rate, steps, and how many personal and sample digits each batch holds. */
    public record Settings(double learningRate, int steps, int personalPerBatch, int samplesPerBatch, long seed) {
        public static Settings standard() {
            return new Settings(5e-4, 30, 16, 16, 7);
        }
    }

    /** Progress, on the training thread: the step just done and the batch loss. */
    @FunctionalInterface
    public interface Listener {
        void stepDone(int step, int steps, double loss);
    }

    /** Mean loss on the personal examples before and after, in inference mode. */
    public record Result(double lossBefore, double lossAfter, int steps, int examples) {
    }

    private FineTuning() {
    }

    public static Result run(Layer network, List<Example> examples, Dataset samples, Settings settings,
                             Listener listener) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("fine-tuning needs at least one example of your own");
        }
        double before = meanLoss(network, examples);
        Optimizer optimizer = OptimizerConfig.defaults("adam").withLr(settings.learningRate())
                .create(network.parameters());
        var loss = new DigitTraining.LossOf();
        var random = new SplittableRandom(settings.seed());
        int size = settings.personalPerBatch() + settings.samplesPerBatch();
        for (int step = 1; step <= settings.steps(); step++) {
            float[] images = new float[size * 784];
            int[] labels = new int[size];
            for (int k = 0; k < settings.personalPerBatch(); k++) {
                Example e = examples.get(random.nextInt(examples.size()));
                shift(e.input(), random.nextInt(3) - 1, random.nextInt(3) - 1, images, k * 784);
                labels[k] = e.label();
            }
            for (int k = settings.personalPerBatch(); k < size; k++) {
                int i = random.nextInt(samples.size());
                samples.copyImage(i, images, k * 784);
                labels[k] = samples.label(i);
            }
            DigitTraining.step(network, optimizer, loss, images, labels);
            listener.stepDone(step, settings.steps(), loss.lastLoss());
        }
        return new Result(before, meanLoss(network, examples), settings.steps(), examples.size());
    }

    /** Mean softmax cross-entropy of the network on the examples (inference mode). */
    public static double meanLoss(Layer network, List<Example> examples) {
        float[] images = new float[examples.size() * 784];
        int[] labels = new int[examples.size()];
        for (int k = 0; k < examples.size(); k++) {
            System.arraycopy(examples.get(k).input(), 0, images, k * 784, 784);
            labels[k] = examples.get(k).label();
        }
        Tensor logits = network.forward(new Tensor(Shape.of(labels.length, 1, 28, 28), images), false);
        var loss = new DigitTraining.LossOf();
        loss.forward(logits.reshape(Shape.of(labels.length, logits.size() / labels.length)), labels);
        return loss.lastLoss();
    }

    /** Copies a 28×28 image moved by (dx, dy) whole pixels into {@code out} at {@code offset}. */
    private static void shift(float[] in, int dx, int dy, float[] out, int offset) {
        for (int y = 0; y < 28; y++) {
            int sy = y - dy;
            if (sy < 0 || sy >= 28) {
                continue;
            }
            for (int x = 0; x < 28; x++) {
                int sx = x - dx;
                if (sx >= 0 && sx < 28) {
                    out[offset + y * 28 + x] = in[sy * 28 + sx];
                }
            }
        }
    }
}
