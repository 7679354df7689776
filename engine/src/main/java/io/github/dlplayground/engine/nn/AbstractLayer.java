package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.ComputePool;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every layer shares: its backend (the fastest available until {@link #useBackend} says otherwise,
 * resolved at the first forward so that building and validating networks loads no natives), buffers that are
 * reused while the batch shape stays the same, and the last output and output gradient for the UI.
 */
abstract class AbstractLayer implements Layer {
    private MatrixBackend backend;
    private Tensor lastOutput;
    private Tensor lastOutputGradient;
    private boolean inputGradientNeeded = true;

    @Override
    public void useBackend(MatrixBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    @Override
    public void computeInputGradient(boolean needed) {
        this.inputGradientNeeded = needed;
    }

    protected boolean inputGradientNeeded() {
        return inputGradientNeeded;
    }

    protected MatrixBackend backend() {
        if (backend == null) {
            backend = Backends.defaultBackend();
        }
        return backend;
    }

    protected ComputePool pool() {
        return backend().pool();
    }

    @Override
    public Tensor lastOutput() {
        return lastOutput;
    }

    @Override
    public Tensor lastOutputGradient() {
        return lastOutputGradient;
    }

    /** Records the output of this forward pass and returns it. */
    protected Tensor produced(Tensor output) {
        lastOutput = output;
        return output;
    }

    /**
     * Checks a forward input: a batch [N, …] whose sample shape this layer accepts (outputShape throws the
     * layer's own message otherwise). Returns the batch output shape.
     */
    protected Shape batchOutputShape(Tensor input) {
        Shape shape = input.shape();
        if (shape.rank() < 2) {
            throw new IllegalArgumentException(describe() + " expects a batch [N, …], got a tensor of shape "
                    + shape + ": add the batch dimension first");
        }
        return outputShape(shape.withoutBatch()).withBatch(shape.dim(0));
    }

    /**
     * Checks that backward follows a forward and gets a gradient of the output's shape; records it. Returns
     * whether the gradient with respect to the input is wanted (false: backward may return null).
     */
    protected boolean acceptOutputGradient(Tensor outputGradient) {
        if (lastOutput == null) {
            throw new IllegalStateException(describe() + ": backward was called before any forward pass");
        }
        if (!outputGradient.shape().equals(lastOutput.shape())) {
            throw new IllegalArgumentException(describe() + ": the output gradient has shape "
                    + outputGradient.shape() + " but the last output had shape " + lastOutput.shape());
        }
        lastOutputGradient = outputGradient;
        return inputGradientNeeded;
    }

    /** The buffer itself when it already has this shape, otherwise a new zero tensor. */
    protected static Tensor reuse(Tensor buffer, Shape shape) {
        return buffer != null && buffer.shape().equals(shape) ? buffer : Tensor.zeros(shape);
    }

    /** A float array of at least {@code size} values: the given one when large enough. */
    protected static float[] reuse(float[] buffer, int size) {
        return buffer != null && buffer.length >= size ? buffer : new float[size];
    }

    /**
     * An array of at least {@code count} items, each made by {@code make} where still null: the given one grown
     * when too short. Per-slot or per-chunk scratch that is kept from one batch to the next.
     */
    static <T> T[] filled(T[] items, int count, Supplier<T> make) {
        T[] result = items.length >= count ? items : Arrays.copyOf(items, count);
        for (int i = 0; i < count; i++) {
            if (result[i] == null) {
                result[i] = make.get();
            }
        }
        return result;
    }
}
