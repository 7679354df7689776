package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Shape;

/** Flatten on the GPU: [n, C, H, W] → [n, C·H·W] is the same memory, so both passes hand the buffer on. */
final class DeviceFlatten implements DeviceLayer {
    private final Shape shape;

    DeviceFlatten(Shape input) {
        this.shape = Shape.of(input.size());
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    @Override
    public DeviceBuffer forward(DeviceBuffer input, int n, boolean training) {
        return input;
    }

    @Override
    public DeviceBuffer backward(DeviceBuffer outputGradient, int n, boolean inputGradientNeeded) {
        return inputGradientNeeded ? outputGradient : null;
    }

    @Override
    public void close() {
    }
}
