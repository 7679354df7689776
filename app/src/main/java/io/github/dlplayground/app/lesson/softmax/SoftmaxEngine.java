package io.github.dlplayground.app.lesson.softmax;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.loss.SquaredLoss;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

/**
 * The engine calls behind the softmax lesson: logits o = Wx + b through an engine Linear(4 → 3) holding the
 * lesson's weights, and for any logits the engine's SoftmaxCrossEntropy (stable log-sum-exp) and
 * SquaredLoss on the probabilities. The slope of the squared error with respect to the true class's logit
 * uses the softmax Jacobian on the engine's probabilities: ∂/∂o_t ½Σⱼ(ŷⱼ − yⱼ)² = Σⱼ (ŷⱼ − yⱼ)·ŷⱼ·(δⱼₜ − ŷₜ).
 * Not thread-safe; the lesson uses it on the FX thread (each call is a few hundred operations).
 */
public final class SoftmaxEngine {
    private final Linear linear = new Linear(SoftmaxModel.FEATURES, SoftmaxModel.CLASSES);
    private final SoftmaxCrossEntropy crossEntropy = new SoftmaxCrossEntropy();
    private final SquaredLoss squaredLoss = new SquaredLoss();

    public SoftmaxEngine() {
        // a 1×4 by 4×3 product: the pure-Java backend, no native library to load
        linear.useBackend(Backends.select("java"));
    }

    /** o = Wx + b with W [3, 4] row-major and b [3]. */
    public double[] logits(double[] x, double[][] weights, double[] bias) {
        float[] w = linear.weight().value();
        float[] b = linear.bias().value();
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            for (int i = 0; i < SoftmaxModel.FEATURES; i++) {
                w[j * SoftmaxModel.FEATURES + i] = (float) weights[j][i];
            }
            b[j] = (float) bias[j];
        }
        float[] input = new float[SoftmaxModel.FEATURES];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) x[i];
        }
        Tensor out = linear.forward(new Tensor(Shape.of(1, SoftmaxModel.FEATURES), input), false);
        double[] o = new double[SoftmaxModel.CLASSES];
        for (int j = 0; j < o.length; j++) {
            o[j] = out.data()[j];
        }
        return o;
    }

    /** Everything the lesson shows for these logits and this label. */
    public SoftmaxOutcome evaluate(double[] logits, int label) {
        int k = logits.length;
        float[] z = new float[k];
        for (int j = 0; j < k; j++) {
            z[j] = (float) logits[j];
        }
        var logitTensor = new Tensor(Shape.of(1, k), z);
        double loss = crossEntropy.forward(logitTensor, new int[] {label});
        Tensor probabilities = crossEntropy.probabilities();
        Tensor gradient = crossEntropy.backward();
        float[] oneHot = new float[k];
        oneHot[label] = 1;
        double squared = squaredLoss.forward(probabilities, new Tensor(Shape.of(1, k), oneHot));
        double[] p = new double[k];
        double[] g = new double[k];
        int predicted = 0;
        for (int j = 0; j < k; j++) {
            p[j] = probabilities.data()[j];
            g[j] = gradient.data()[j];
            if (p[j] > p[predicted] || (p[j] == p[predicted] && logits[j] > logits[predicted])) {
                predicted = j;
            }
        }
        double[] floatLogits = new double[k];
        for (int j = 0; j < k; j++) {
            floatLogits[j] = z[j];
        }
        return new SoftmaxOutcome(floatLogits, p, label, loss, g, squared, predicted,
                SoftmaxOutcome.ranks(floatLogits), SoftmaxOutcome.ranks(p));
    }

    /** ∂/∂o_label of the squared error, from the engine's probabilities (see the class comment). */
    public static double squaredErrorSlope(SoftmaxOutcome outcome) {
        double[] p = outcome.probabilities();
        int t = outcome.label();
        double slope = 0;
        for (int j = 0; j < p.length; j++) {
            double residual = p[j] - (j == t ? 1 : 0);
            slope += residual * p[j] * ((j == t ? 1 : 0) - p[t]);
        }
        return slope;
    }
}
