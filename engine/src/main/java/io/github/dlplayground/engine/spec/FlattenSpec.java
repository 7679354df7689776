package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/** Flatten (PyTorch's nn.Flatten): C×H×W → the vector of C·H·W values, row-major; no arithmetic. */
public record FlattenSpec() implements LayerSpec {
    public static final String TYPE = "flatten";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Flatten";
    }

    @Override
    public String describe() {
        return "Flatten";
    }

    @Override
    public List<String> problems() {
        return List.of();
    }

    @Override
    public Shape outputShape(Shape input) {
        return Shape.of(input.size());
    }

    @Override
    public long flops(Shape input) {
        return 0;
    }
}
