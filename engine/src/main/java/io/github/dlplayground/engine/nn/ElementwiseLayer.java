package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;

/**
 * A layer that works value by value (activations, dropout): the output has the input's shape, each element
 * costs one operation, and the work is split into chunks of {@link #GRAIN} values on the engine pool.
 */
abstract class ElementwiseLayer extends AbstractLayer {
    /** Values per parallel chunk. */
    static final int GRAIN = 1 << 14;

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public long flops(Shape input) {
        return input.size();
    }
}
