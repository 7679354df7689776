package io.github.dlplayground.engine.spec;

/** sigmoid(x) = 1 / (1 + exp(−x)), elementwise; the shape is unchanged. */
public record SigmoidSpec() implements ElementwiseSpec {
    public static final String TYPE = "sigmoid";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Sigmoid";
    }
}
