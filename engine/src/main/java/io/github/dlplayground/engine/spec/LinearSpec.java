package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully connected layer y = x·Wᵀ + b, x [in_features], W [out_features, in_features], b [out_features]
 * (PyTorch's nn.Linear). It takes a vector: an image input needs a Flatten before it.
 */
public record LinearSpec(@JsonProperty(value = "in_features", required = true) int inFeatures,
                         @JsonProperty(value = "out_features", required = true) int outFeatures) implements LayerSpec {
    public static final String TYPE = "linear";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Linear";
    }

    @Override
    public String describe() {
        return "Linear(" + inFeatures + " → " + outFeatures + ")";
    }

    @Override
    public List<String> problems() {
        var out = new ArrayList<String>();
        Shapes.positive(out, "in_features", inFeatures);
        Shapes.positive(out, "out_features", outFeatures);
        return out;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.rank() != 1) {
            if (input.size() == inFeatures) {
                throw new SpecException("expects a vector of " + inFeatures + " inputs but receives " + input
                        + " — add Flatten before it");
            }
            throw new SpecException("expects " + inFeatures + " inputs but receives " + Shapes.withSize(input)
                    + " — set in_features to " + input.size() + " or add Flatten");
        }
        if (input.dim(0) != inFeatures) {
            throw new SpecException("expects " + inFeatures + " inputs but receives " + input.dim(0)
                    + " — set in_features to " + input.dim(0));
        }
        return Shape.of(outFeatures);
    }

    @Override
    public long parameterCount() {
        return (long) inFeatures * outFeatures + outFeatures;
    }

    @Override
    public long flops(Shape input) {
        return 2L * inFeatures * outFeatures + outFeatures;
    }
}
