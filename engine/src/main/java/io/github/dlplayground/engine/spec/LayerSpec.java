package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/**
 * One layer of a sequential network as data — what the studio edits and files store — with the shape
 * arithmetic to check a network without building it. Shapes are per sample (no batch dimension): C×H×W
 * for images, n for feature vectors. In JSON each layer is an object with a {@code "type"} field
 * ({@code linear, conv2d, maxpool2d, avgpool2d, relu, leaky_relu, sigmoid, tanh, batch_norm, dropout,
 * flatten}) and its parameters in snake_case, as PyTorch names them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LinearSpec.class, name = LinearSpec.TYPE),
        @JsonSubTypes.Type(value = Conv2dSpec.class, name = Conv2dSpec.TYPE),
        @JsonSubTypes.Type(value = MaxPool2dSpec.class, name = MaxPool2dSpec.TYPE),
        @JsonSubTypes.Type(value = AvgPool2dSpec.class, name = AvgPool2dSpec.TYPE),
        @JsonSubTypes.Type(value = ReluSpec.class, name = ReluSpec.TYPE),
        @JsonSubTypes.Type(value = LeakyReluSpec.class, name = LeakyReluSpec.TYPE),
        @JsonSubTypes.Type(value = SigmoidSpec.class, name = SigmoidSpec.TYPE),
        @JsonSubTypes.Type(value = TanhSpec.class, name = TanhSpec.TYPE),
        @JsonSubTypes.Type(value = BatchNormSpec.class, name = BatchNormSpec.TYPE),
        @JsonSubTypes.Type(value = DropoutSpec.class, name = DropoutSpec.TYPE),
        @JsonSubTypes.Type(value = FlattenSpec.class, name = FlattenSpec.TYPE)})
public sealed interface LayerSpec permits LinearSpec, Conv2dSpec, PoolSpec, ElementwiseSpec, BatchNormSpec, FlattenSpec {

    /** Every JSON type name, in the order the studio lists them. */
    List<String> TYPES = List.of(LinearSpec.TYPE, Conv2dSpec.TYPE, MaxPool2dSpec.TYPE, AvgPool2dSpec.TYPE,
            ReluSpec.TYPE, LeakyReluSpec.TYPE, SigmoidSpec.TYPE, TanhSpec.TYPE, BatchNormSpec.TYPE, DropoutSpec.TYPE,
            FlattenSpec.TYPE);

    /** The JSON type name, e.g. "conv2d". */
    String type();

    /** The PyTorch class name, e.g. "Conv2d", used in messages. */
    String displayName();

    /** Short description with the settings, e.g. "Conv2d(1→6, 5×5, padding 2)". */
    String describe();

    /**
     * Problems with this layer's own settings (sizes ≤ 0, a dropout probability outside [0, 1)), each a
     * sentence naming the JSON field; empty when they are fine. Shape problems come from {@link #outputShape}.
     */
    List<String> problems();

    /**
     * The output shape for an input shape of one sample; throws {@link SpecException} saying what to change
     * when this layer cannot take that input (message without the layer number).
     */
    Shape outputShape(Shape input);

    /** Number of trainable values (weights and biases). */
    default long parameterCount() {
        return 0;
    }

    /**
     * Floating-point operations of one forward pass of one sample, multiplications and additions counted
     * separately (a dot product of length n plus its bias: 2n + 1); elementwise functions and pooling one per
     * element read. The same numbers as the runtime layers' {@code flops}.
     */
    long flops(Shape input);
}
