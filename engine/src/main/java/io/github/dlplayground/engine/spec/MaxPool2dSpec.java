package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Max pooling (PyTorch's nn.MaxPool2d): each output is the largest value of its kernel_size window,
 * per channel; C×H×W → C×H'×W' with H' = ⌊(H + 2·padding − kh) / stride⌋ + 1. Stride defaults to the
 * kernel size, padding to 0 (padded cells never win).
 */
public record MaxPool2dSpec(@JsonProperty(value = "kernel_size", required = true) Size2 kernelSize,
                            @JsonProperty("padding") Size2 padding,
                            @JsonProperty("stride") Size2 stride) implements PoolSpec {
    public static final String TYPE = "maxpool2d";

    public MaxPool2dSpec {
        padding = PoolSpec.paddingOrDefault(padding);
        stride = PoolSpec.strideOrDefault(stride, kernelSize);
    }

    /** A square window with stride equal to its size and no padding, e.g. 2 → 2×2, stride 2. */
    public MaxPool2dSpec(int kernelSize) {
        this(Size2.of(kernelSize), Size2.of(0), Size2.of(kernelSize));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "MaxPool2d";
    }
}
