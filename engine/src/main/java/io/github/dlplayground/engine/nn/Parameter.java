package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;

/**
 * A trainable array of numbers and its gradient, e.g. a Linear layer's weight [out, in].
 * Optimizers read {@link #grad()} and update {@link #value()} in place; the same type holds a
 * network's weights and the 2-vector (x, y) that walks over a loss surface.
 */
public final class Parameter {
    private final String name;
    private final Shape shape;
    private final float[] value;
    private final float[] grad;

    public Parameter(String name, Shape shape) {
        this(name, shape, new float[shape.size()]);
    }

    public Parameter(String name, Shape shape, float[] value) {
        if (value.length != shape.size()) {
            throw new IllegalArgumentException("parameter " + name + " of shape " + shape + " needs "
                    + shape.size() + " values, got " + value.length);
        }
        this.name = name;
        this.shape = shape;
        this.value = value;
        this.grad = new float[value.length];
    }

    public String name() {
        return name;
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return value.length;
    }

    /** The values, updated in place by optimizers. */
    public float[] value() {
        return value;
    }

    /** The accumulated gradient ∂loss/∂value, same layout as {@link #value()}. */
    public float[] grad() {
        return grad;
    }

    public void zeroGrad() {
        java.util.Arrays.fill(grad, 0f);
    }
}
