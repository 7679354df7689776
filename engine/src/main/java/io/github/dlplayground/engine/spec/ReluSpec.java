package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/** ReLU(x) = max(x, 0), elementwise; the shape is unchanged. */
public record ReluSpec() implements LayerSpec {
    public static final String TYPE = "relu";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "ReLU";
    }

    @Override
    public String describe() {
        return "ReLU";
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
