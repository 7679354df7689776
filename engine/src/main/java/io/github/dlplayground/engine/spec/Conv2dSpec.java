package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * A 2-D convolution (PyTorch's nn.Conv2d, cross-correlation): input C_in×H×W, weight
 * [out_channels, in_channels, kh, kw], bias [out_channels]; output C_out×H'×W' with
 * H' = ⌊(H + 2·padding − kh) / stride⌋ + 1 (likewise W'). Padding defaults to 0, stride to 1.
 */
public record Conv2dSpec(@JsonProperty(value = "in_channels", required = true) int inChannels,
                         @JsonProperty(value = "out_channels", required = true) int outChannels,
                         @JsonProperty(value = "kernel_size", required = true) Size2 kernelSize,
                         @JsonProperty("padding") Size2 padding,
                         @JsonProperty("stride") Size2 stride) implements LayerSpec {
    public static final String TYPE = "conv2d";

    public Conv2dSpec {
        padding = padding == null ? Size2.of(0) : padding;
        stride = stride == null ? Size2.of(1) : stride;
    }

    /** Square kernel, equal padding on all sides, stride 1. */
    public Conv2dSpec(int inChannels, int outChannels, int kernelSize, int padding) {
        this(inChannels, outChannels, Size2.of(kernelSize), Size2.of(padding), Size2.of(1));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Conv2d";
    }

    @Override
    public String describe() {
        var sb = new StringBuilder("Conv2d(").append(inChannels).append("→").append(outChannels).append(", ")
                .append(kernelSize.height()).append("×").append(kernelSize.width());
        if (padding.height() != 0 || padding.width() != 0) {
            sb.append(", padding ").append(padding);
        }
        if (stride.height() != 1 || stride.width() != 1) {
            sb.append(", stride ").append(stride);
        }
        return sb.append(")").toString();
    }

    @Override
    public List<String> problems() {
        var out = new ArrayList<String>();
        Shapes.positive(out, "in_channels", inChannels);
        Shapes.positive(out, "out_channels", outChannels);
        Shapes.positive(out, "kernel_size", kernelSize);
        Shapes.nonNegative(out, "padding", padding);
        Shapes.positive(out, "stride", stride);
        return out;
    }

    @Override
    public Shape outputShape(Shape input) {
        Shapes.requireImage(input);
        if (input.dim(0) != inChannels) {
            throw new SpecException("expects " + inChannels + " input channels but receives " + input
                    + " with " + input.dim(0) + " — set in_channels to " + input.dim(0));
        }
        int[] hw = Shapes.window(input, kernelSize, padding, stride);
        return Shape.of(outChannels, hw[0], hw[1]);
    }

    @Override
    public long parameterCount() {
        return (long) outChannels * inChannels * kernelSize.height() * kernelSize.width() + outChannels;
    }

    @Override
    public long flops(Shape input) {
        Shape out = outputShape(input);
        return (2L * inChannels * kernelSize.height() * kernelSize.width() + 1) * out.size();
    }
}
