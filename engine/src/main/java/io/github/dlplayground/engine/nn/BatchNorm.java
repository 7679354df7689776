package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.Arrays;
import java.util.List;

/**
 * Batch normalisation (批量规范化) per feature of [N, F] or per channel of [N, C, H, W], as PyTorch's
 * BatchNorm1d/2d: training uses the batch's mean μ and biased variance σ², y = γ·(x − μ)/√(σ² + ε) + β, and
 * updates running statistics r ← (1 − m)·r + m·batch (unbiased variance), m = 0.1; inference uses them.
 * ε = 1e-5; γ starts at 1 and β at 0. Backward: ∂x = γ/(M·√(σ²+ε))·(M·∂y − Σ∂y − x̂·Σ∂y·x̂), M values per channel.
 */
public final class BatchNorm extends AbstractLayer {
    private static final double EPSILON = 1e-5;
    private static final double MOMENTUM = 0.1;

    private final int features;
    private final Parameter gamma;
    private final Parameter beta;
    private final float[] runningMean;
    private final float[] runningVariance;
    private final float[] inverseStd;
    private Tensor normalized;
    private Tensor output;
    private Tensor inputGradient;
    private boolean batchStatistics;

    public BatchNorm(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("BatchNorm(" + features + "): the number of features or channels "
                    + "must be at least 1");
        }
        this.features = features;
        this.gamma = new Parameter("weight", Shape.of(features));
        this.beta = new Parameter("bias", Shape.of(features));
        this.runningMean = new float[features];
        this.runningVariance = new float[features];
        this.inverseStd = new float[features];
        initialize(Init.pytorchDefault(), new Rng(0));
    }

    public Parameter weight() {
        return gamma;
    }

    public Parameter bias() {
        return beta;
    }

    /** The running mean used in inference (a copy). */
    public float[] runningMean() {
        return runningMean.clone();
    }

    /** The running (unbiased) variance used in inference (a copy). */
    public float[] runningVariance() {
        return runningVariance.clone();
    }

    /**
     * Sets the running mean and variance (e.g. from a saved model); throws IllegalArgumentException unless both
     * hold one value per feature, the means are finite and the variances finite and ≥ 0.
     */
    public void loadRunningStatistics(float[] mean, float[] variance) {
        if (mean.length != features || variance.length != features) {
            throw new IllegalArgumentException(describe() + " keeps " + features + " running means and variances, got "
                    + mean.length + " and " + variance.length);
        }
        for (int c = 0; c < features; c++) {
            if (!Float.isFinite(mean[c]) || !Float.isFinite(variance[c]) || variance[c] < 0) {
                throw new IllegalArgumentException(describe() + ": running mean " + mean[c] + " and variance "
                        + variance[c] + " of feature " + c + " must be finite, the variance ≥ 0");
            }
        }
        System.arraycopy(mean, 0, runningMean, 0, features);
        System.arraycopy(variance, 0, runningVariance, 0, features);
    }

    @Override
    public String describe() {
        return "BatchNorm(" + features + ")";
    }

    /** γ = 1, β = 0, running mean 0 and variance 1, whatever the initialiser (as PyTorch). */
    @Override
    public void initialize(Init init, Rng rng) {
        Arrays.fill(gamma.value(), 1f);
        Arrays.fill(beta.value(), 0f);
        Arrays.fill(runningMean, 0f);
        Arrays.fill(runningVariance, 1f);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(gamma, beta);
    }

    @Override
    public Shape outputShape(Shape input) {
        if ((input.rank() != 1 && input.rank() != 3) || input.dim(0) != features) {
            throw new IllegalArgumentException(describe() + " expects " + features + " features (F) or channels "
                    + "(C×H×W) per sample, got " + input + ": set its size to "
                    + (input.rank() == 0 ? "the number of features" : String.valueOf(input.dim(0))));
        }
        return input;
    }

    @Override
    public long flops(Shape input) {
        return 2L * input.size();
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        Shape shape = batchOutputShape(input);
        int n = shape.dim(0);
        int plane = shape.size() / Math.max(1, n * features);
        if (training && n * plane < 2) {
            throw new IllegalArgumentException(describe() + " needs more than one value per channel in training, "
                    + "got input " + shape + ": use minibatches of at least 2 examples (when only the last minibatch is "
                    + "that small, change the number of training images so that it is not one more than a multiple "
                    + "of the batch size)");
        }
        output = reuse(output, shape);
        normalized = reuse(normalized, shape);
        batchStatistics = training;
        float[] x = input.data();
        pool().forRange(features, 1, (from, to) -> {
            for (int c = from; c < to; c++) {
                normalizeChannel(x, c, n, plane, training);
            }
        });
        return produced(output);
    }

    private void normalizeChannel(float[] x, int c, int n, int plane, boolean training) {
        double mean;
        double variance;
        int count = n * plane;
        if (training) {
            double sum = 0;
            double squares = 0;
            for (int s = 0; s < n; s++) {
                int base = (s * features + c) * plane;
                for (int p = 0; p < plane; p++) {
                    sum += x[base + p];
                }
            }
            mean = sum / count;
            for (int s = 0; s < n; s++) {
                int base = (s * features + c) * plane;
                for (int p = 0; p < plane; p++) {
                    double d = x[base + p] - mean;
                    squares += d * d;
                }
            }
            variance = squares / count;
            runningMean[c] = (float) ((1 - MOMENTUM) * runningMean[c] + MOMENTUM * mean);
            runningVariance[c] = (float) ((1 - MOMENTUM) * runningVariance[c]
                    + MOMENTUM * squares / (count - 1));
        } else {
            mean = runningMean[c];
            variance = runningVariance[c];
        }
        float invStd = (float) (1 / Math.sqrt(variance + EPSILON));
        inverseStd[c] = invStd;
        float m = (float) mean;
        float g = gamma.value()[c];
        float b = beta.value()[c];
        float[] xHat = normalized.data();
        float[] y = output.data();
        for (int s = 0; s < n; s++) {
            int base = (s * features + c) * plane;
            for (int p = 0; p < plane; p++) {
                float h = (x[base + p] - m) * invStd;
                xHat[base + p] = h;
                y[base + p] = g * h + b;
            }
        }
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        acceptOutputGradient(outputGradient);
        Shape shape = outputGradient.shape();
        int n = shape.dim(0);
        int plane = shape.size() / Math.max(1, n * features);
        boolean needInput = inputGradientNeeded();
        if (needInput) {
            inputGradient = reuse(inputGradient, shape);
        }
        float[] dy = outputGradient.data();
        pool().forRange(features, 1, (from, to) -> {
            for (int c = from; c < to; c++) {
                backwardChannel(dy, c, n, plane, needInput);
            }
        });
        return needInput ? inputGradient : null;
    }

    private void backwardChannel(float[] dy, int c, int n, int plane, boolean needInput) {
        float[] xHat = normalized.data();
        double sumDy = 0;
        double sumDyXHat = 0;
        for (int s = 0; s < n; s++) {
            int base = (s * features + c) * plane;
            for (int p = 0; p < plane; p++) {
                sumDy += dy[base + p];
                sumDyXHat += (double) dy[base + p] * xHat[base + p];
            }
        }
        gamma.grad()[c] += (float) sumDyXHat;
        beta.grad()[c] += (float) sumDy;
        if (!needInput) {
            return;
        }
        // With running statistics μ and σ are constants and ∂x = γ·∂y/√(σ²+ε); with batch statistics they
        // depend on x, which adds the two sums.
        int count = n * plane;
        float scale = gamma.value()[c] * inverseStd[c] / count;
        float total = batchStatistics ? (float) sumDy : 0f;
        float totalXHat = batchStatistics ? (float) sumDyXHat : 0f;
        float[] dx = inputGradient.data();
        for (int s = 0; s < n; s++) {
            int base = (s * features + c) * plane;
            for (int p = 0; p < plane; p++) {
                dx[base + p] = scale * (count * dy[base + p] - total - xHat[base + p] * totalXHat);
            }
        }
    }
}
