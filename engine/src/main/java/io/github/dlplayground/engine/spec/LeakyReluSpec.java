package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** LeakyReLU(x) = x for x ≥ 0, negative_slope·x otherwise (PyTorch's default slope is 0.01); shape unchanged. */
public record LeakyReluSpec(@JsonProperty(value = "negative_slope", required = true) double negativeSlope)
        implements ElementwiseSpec {
    public static final String TYPE = "leaky_relu";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "LeakyReLU";
    }

    @Override
    public String describe() {
        return "LeakyReLU(" + negativeSlope + ")";
    }

    @Override
    public List<String> problems() {
        return Double.isFinite(negativeSlope) ? List.of()
                : List.of("negative_slope must be a finite number, got " + negativeSlope
                        + "; PyTorch's default is 0.01");
    }
}
