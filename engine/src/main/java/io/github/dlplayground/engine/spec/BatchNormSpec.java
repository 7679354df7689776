package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch normalisation (批量规范化, PyTorch's nn.BatchNorm1d after a vector, nn.BatchNorm2d after an image):
 * y = γ·(x − μ)/√(σ² + ε) + β per feature of [num_features] or per channel of num_features×H×W, with the
 * minibatch's statistics while training and running ones at evaluation; γ [num_features], β [num_features].
 * Shape unchanged; momentum 0.1 and ε = 1e-5 as in PyTorch.
 */
public record BatchNormSpec(@JsonProperty(value = "num_features", required = true) int numFeatures)
        implements LayerSpec {
    public static final String TYPE = "batch_norm";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "BatchNorm";
    }

    @Override
    public String describe() {
        return "BatchNorm(" + numFeatures + ")";
    }

    @Override
    public List<String> problems() {
        var out = new ArrayList<String>();
        Shapes.positive(out, "num_features", numFeatures);
        return out;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.rank() != 1 && input.rank() != 3) {
            throw new SpecException("needs features [F] or an image (channels×height×width) but receives " + input);
        }
        if (input.rank() == 3 && input.dim(0) != numFeatures) {
            throw new SpecException("normalises " + numFeatures + " channels but receives " + input + " with "
                    + input.dim(0) + " — set num_features to " + input.dim(0));
        }
        if (input.rank() == 1 && input.dim(0) != numFeatures) {
            throw new SpecException("normalises " + numFeatures + " features but receives " + input.dim(0)
                    + " — set num_features to " + input.dim(0));
        }
        return input;
    }

    /** γ and β: one scale and one shift per feature or channel. */
    @Override
    public long parameterCount() {
        return 2L * numFeatures;
    }

    /** One multiply and one add per value, (x − μ)·(γ/√(σ² + ε)) + β folded as in inference. */
    @Override
    public long flops(Shape input) {
        return 2L * input.size();
    }
}
