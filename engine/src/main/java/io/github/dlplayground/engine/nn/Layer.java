package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.List;

/**
 * One step of a network: forward maps a batch [N, …] to a batch [N, …]; backward takes ∂loss/∂output,
 * accumulates the parameter gradients and returns ∂loss/∂input. Not thread-safe: one training thread.
 * Returned tensors are the layer's own buffers, reused by the next call (read them before the next step).
 */
public interface Layer {
    /** Short human name, e.g. "Conv2d(1→6, 5×5, pad 2)". */
    String describe();

    /**
     * Output shape of one sample for the given input shape of one sample (no batch dimension).
     * Throws IllegalArgumentException naming the layer, the shapes and what to change when it cannot run.
     */
    Shape outputShape(Shape input);

    /** Forward pass; {@code training} switches dropout (and similar) on. Keeps what backward needs. */
    Tensor forward(Tensor input, boolean training);

    /** Backward pass for the last forward; accumulates into the parameters' grads; returns ∂loss/∂input. */
    Tensor backward(Tensor outputGradient);

    /** Trainable parameters (empty for activations and pooling). */
    default List<Parameter> parameters() {
        return List.of();
    }

    default long parameterCount() {
        long n = 0;
        for (Parameter p : parameters()) {
            n += p.size();
        }
        return n;
    }

    /** Floating-point operations (multiply and add counted separately) of one forward pass of one sample. */
    long flops(Shape input);

    /** The output of the last forward pass, or null before the first. */
    Tensor lastOutput();

    /** The ∂loss/∂output given to the last backward pass, or null before the first. */
    Tensor lastOutputGradient();

    /** Sets the matrix backend (and so the compute pool) this layer computes with; default: the fastest. */
    default void useBackend(MatrixBackend backend) {
    }

    /**
     * Draws every random choice of this layer from {@code rng}, in a fixed order: weights with {@code init},
     * the seed of dropout masks. The same generator state gives bit-identical layers.
     */
    default void initialize(Init init, Rng rng) {
    }

    /**
     * Whether backward must compute ∂loss/∂input (default true). A network's first layer can skip it:
     * then backward still accumulates parameter gradients but returns null.
     */
    default void computeInputGradient(boolean needed) {
    }
}
