package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Shape;

/**
 * An elementwise activation on the GPU, y = f(x), ∂x = ∂y·f′(x): ReLU and LeakyReLU read f′ from x,
 * sigmoid (σ′ = σ(1 − σ)) and tanh (1 − tanh²) from the output y.
 */
final class DeviceActivation implements DeviceLayer {
    /** The kernels' name prefix and whether the derivative reads the output. */
    enum Kind {
        RELU("relu", false), LEAKY_RELU("leaky_relu", false), SIGMOID("sigmoid", true), TANH("tanh", true);

        final String kernel;
        final boolean fromOutput;

        Kind(String kernel, boolean fromOutput) {
            this.kernel = kernel;
            this.fromOutput = fromOutput;
        }
    }

    private final CudaDevice device;
    private final Kind kind;
    private final float slope;
    private final Shape shape;
    private final DeviceBuffer output;
    private final DeviceBuffer inputGradient;
    private DeviceBuffer input;

    DeviceActivation(CudaDevice device, Kind kind, float slope, Shape shape) {
        this.device = device;
        this.kind = kind;
        this.slope = slope;
        this.shape = shape;
        this.output = device.buffer();
        this.inputGradient = device.buffer();
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    @Override
    public DeviceBuffer forward(DeviceBuffer x, int n, boolean training) {
        input = x;
        long size = (long) n * shape.size();
        output.ensure(size);
        if (kind == Kind.LEAKY_RELU) {
            device.launchElementwise(kind.kernel + "_forward", size, x, output, size, slope);
        } else {
            device.launchElementwise(kind.kernel + "_forward", size, x, output, size);
        }
        return output;
    }

    @Override
    public DeviceBuffer backward(DeviceBuffer dy, int n, boolean inputGradientNeeded) {
        if (!inputGradientNeeded) {
            return null;
        }
        long size = (long) n * shape.size();
        inputGradient.ensure(size);
        DeviceBuffer reads = kind.fromOutput ? output : input;
        if (kind == Kind.LEAKY_RELU) {
            device.launchElementwise(kind.kernel + "_backward", size, reads, dy, inputGradient, size, slope);
        } else {
            device.launchElementwise(kind.kernel + "_backward", size, reads, dy, inputGradient, size);
        }
        return inputGradient;
    }

    @Override
    public void close() {
        output.close();
        inputGradient.close();
    }
}
