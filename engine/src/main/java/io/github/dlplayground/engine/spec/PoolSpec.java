package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/**
 * What max and average pooling share as data: a kernel_size window moved by stride over zero padding, per
 * channel; C×H×W → C×H'×W' with H' = ⌊(H + 2·padding − kh) / stride⌋ + 1, one operation per element read.
 * Padding defaults to 0 and stride to the kernel size, as in PyTorch.
 */
public sealed interface PoolSpec extends LayerSpec permits MaxPool2dSpec, AvgPool2dSpec {
    Size2 kernelSize();

    Size2 padding();

    Size2 stride();

    /** PyTorch's default padding: none. */
    static Size2 paddingOrDefault(Size2 padding) {
        return padding == null ? Size2.of(0) : padding;
    }

    /** PyTorch's default stride: the kernel size, so windows do not overlap. */
    static Size2 strideOrDefault(Size2 stride, Size2 kernelSize) {
        return stride == null ? kernelSize : stride;
    }

    @Override
    default String describe() {
        return Shapes.describeWindow(displayName(), kernelSize(), padding(), stride());
    }

    @Override
    default List<String> problems() {
        return Shapes.poolProblems(kernelSize(), padding(), stride());
    }

    @Override
    default Shape outputShape(Shape input) {
        return Shapes.pool(input, kernelSize(), padding(), stride());
    }

    @Override
    default long flops(Shape input) {
        return (long) outputShape(input).size() * kernelSize().height() * kernelSize().width();
    }
}
