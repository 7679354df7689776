package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Dropout (暂退法, PyTorch's nn.Dropout): while training each value is zeroed with probability p and the
 * others scaled by 1 / (1 − p); at evaluation it passes the input through. Shape unchanged.
 */
public record DropoutSpec(@JsonProperty(value = "p", required = true) double p) implements ElementwiseSpec {
    public static final String TYPE = "dropout";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Dropout";
    }

    @Override
    public String describe() {
        return "Dropout(" + p + ")";
    }

    @Override
    public List<String> problems() {
        return p >= 0 && p < 1 ? List.of() : List.of("p must be in [0, 1), got " + p + "; the book uses 0.2 and 0.5");
    }
}
