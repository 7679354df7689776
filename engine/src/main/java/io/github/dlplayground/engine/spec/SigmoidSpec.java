package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/** sigmoid(x) = 1 / (1 + exp(−x)), elementwise; the shape is unchanged. */
public record SigmoidSpec() implements LayerSpec {
    public static final String TYPE = "sigmoid";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Sigmoid";
    }

    @Override
    public String describe() {
        return "Sigmoid";
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
