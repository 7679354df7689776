package io.github.dlplayground.engine.spec;

/** tanh(x) = (1 − exp(−2x)) / (1 + exp(−2x)), elementwise; the shape is unchanged. */
public record TanhSpec() implements ElementwiseSpec {
    public static final String TYPE = "tanh";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Tanh";
    }
}
