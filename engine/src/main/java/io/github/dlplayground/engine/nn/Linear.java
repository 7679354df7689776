package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.List;

/**
 * Fully connected layer y = x·Wᵀ + b; x [N, in], W [out, in], b [out], y [N, out]. Backward: ∂W += ∂yᵀ·x,
 * ∂b += Σₙ ∂y, ∂x = ∂y·W. Weights start with PyTorch's default initialisation from seed 0 until
 * {@link #initialize} draws them from the network's generator.
 */
public final class Linear extends AbstractLayer {
    private static final int GRAIN = 1 << 14;

    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;
    private Tensor input;
    private Tensor output;
    private Tensor inputGradient;

    public Linear(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear(" + in + "→" + out + "): input and output sizes must be at "
                    + "least 1");
        }
        this.in = in;
        this.out = out;
        this.weight = new Parameter("weight", Shape.of(out, in));
        this.bias = new Parameter("bias", Shape.of(out));
        initialize(Init.pytorchDefault(), new Rng(0));
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    public int inFeatures() {
        return in;
    }

    public int outFeatures() {
        return out;
    }

    @Override
    public String describe() {
        return "Linear(" + in + "→" + out + ")";
    }

    @Override
    public void initialize(Init init, Rng rng) {
        init.fill(weight, bias, in, out, rng);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.rank() != 1 || input.dim(0) != in) {
            String fix;
            if (input.rank() == 1) {
                fix = "set its input size to " + input.size();
            } else if (input.size() == in) {
                fix = "add a Flatten layer before it";
            } else {
                fix = "add a Flatten layer before it and set its input size to " + input.size();
            }
            throw new IllegalArgumentException(describe() + " expects " + in + " input features per sample, got "
                    + input + ": " + fix);
        }
        return Shape.of(out);
    }

    @Override
    public long flops(Shape input) {
        return 2L * in * out + out;
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        Shape outShape = batchOutputShape(input);
        int n = input.shape().dim(0);
        this.input = input;
        output = reuse(output, outShape);
        float[] y = output.data();
        backend().sgemm(false, true, n, out, in, 1f, input.data(), weight.value(), 0f, y);
        float[] b = bias.value();
        pool().forRange(n, Math.max(1, GRAIN / out), (from, to) -> {
            for (int row = from; row < to; row++) {
                int base = row * out;
                for (int j = 0; j < out; j++) {
                    y[base + j] += b[j];
                }
            }
        });
        return produced(output);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        acceptOutputGradient(outputGradient);
        int n = input.shape().dim(0);
        float[] dy = outputGradient.data();
        backend().sgemm(true, false, out, in, n, 1f, dy, input.data(), 1f, weight.grad());
        float[] db = bias.grad();
        pool().forRange(out, Math.max(1, GRAIN / Math.max(1, n)), (from, to) -> {
            for (int row = 0; row < n; row++) {
                int base = row * out;
                for (int j = from; j < to; j++) {
                    db[j] += dy[base + j];
                }
            }
        });
        if (!inputGradientNeeded()) {
            return null;
        }
        inputGradient = reuse(inputGradient, input.shape());
        backend().sgemm(false, false, n, in, out, 1f, dy, weight.value(), 0f, inputGradient.data());
        return inputGradient;
    }
}
