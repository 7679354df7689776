package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/** tanh(x) = (1 − exp(−2x)) / (1 + exp(−2x)), elementwise; the shape is unchanged. */
public record TanhSpec() implements LayerSpec {
    public static final String TYPE = "tanh";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Tanh";
    }

    @Override
    public String describe() {
        return "Tanh";
    }

    @Override
    public List<String> problems() {
        return List.of();
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public long flops(Shape input) {
        return (long) input.size();
    }
}
