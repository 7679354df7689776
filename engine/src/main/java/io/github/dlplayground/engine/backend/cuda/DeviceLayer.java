package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/**
 * One layer of a network kept on the GPU: forward maps a batch of n samples [n, input] to [n, output]
 * (buffers of n·size floats), backward takes ∂loss/∂output, accumulates parameter gradients on the device and
 * returns ∂loss/∂input (null when not needed). Returned buffers are the layer's own, reused by the next call.
 */
interface DeviceLayer extends AutoCloseable {
    /** One sample's output shape. */
    Shape outputShape();

    DeviceBuffer forward(DeviceBuffer input, int n, boolean training);

    DeviceBuffer backward(DeviceBuffer outputGradient, int n, boolean inputGradientNeeded);

    default List<DeviceParameter> parameters() {
        return List.of();
    }

    @Override
    void close();
}
