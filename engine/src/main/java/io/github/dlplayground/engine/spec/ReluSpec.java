package io.github.dlplayground.engine.spec;

/** ReLU(x) = max(x, 0), elementwise; the shape is unchanged. */
public record ReluSpec() implements ElementwiseSpec {
    public static final String TYPE = "relu";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "ReLU";
    }
}
