package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * Dropout (暂退法, PyTorch's nn.Dropout): while training each value is zeroed with probability p and the
 * others scaled by 1 / (1 − p); at evaluation it passes the input through. Shape unchanged.
 */
public record DropoutSpec(@JsonProperty(value = "p", required = true) double p) implements LayerSpec {
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
        var out = new ArrayList<String>();
        if (!(p >= 0 && p < 1)) {
            out.add("p must be in [0, 1), got " + p + "; the book uses 0.2 and 0.5");
        }
        return out;
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public long flops(Shape input) {
        return input.size();
    }
}
