package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/**
 * A layer applied value by value (activations, dropout): y has the shape of x and each element costs one
 * operation. Without settings of its own it is described by its name and has no problems to report.
 */
public sealed interface ElementwiseSpec extends LayerSpec
        permits ReluSpec, LeakyReluSpec, SigmoidSpec, TanhSpec, DropoutSpec {

    @Override
    default String describe() {
        return displayName();
    }

    @Override
    default List<String> problems() {
        return List.of();
    }

    @Override
    default Shape outputShape(Shape input) {
        return input;
    }

    @Override
    default long flops(Shape input) {
        return input.size();
    }
}
