package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Average pooling (PyTorch's nn.AvgPool2d): each output is the mean of its kernel_size window, per
 * channel; C×H×W → C×H'×W' with H' = ⌊(H + 2·padding − kh) / stride⌋ + 1. Stride defaults to the kernel
 * size, padding to 0.
 */
public record AvgPool2dSpec(@JsonProperty(value = "kernel_size", required = true) Size2 kernelSize,
                            @JsonProperty("padding") Size2 padding,
                            @JsonProperty("stride") Size2 stride) implements PoolSpec {
    public static final String TYPE = "avgpool2d";

    public AvgPool2dSpec {
        padding = PoolSpec.paddingOrDefault(padding);
        stride = PoolSpec.strideOrDefault(stride, kernelSize);
    }

    /** A square window with stride equal to its size and no padding, e.g. 2 → 2×2, stride 2. */
    public AvgPool2dSpec(int kernelSize) {
        this(Size2.of(kernelSize), Size2.of(0), Size2.of(kernelSize));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "AvgPool2d";
    }
}
