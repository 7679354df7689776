package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Shape;

/**
 * Max or average pooling on the GPU over [n, C, H, W] → [n, C, OH, OW], with the CPU layers' rules: max keeps
 * the first maximum (a NaN wins) and routes ∂y to it; average counts padded zeros and spreads ∂y/(kh·kw).
 */
final class DevicePool2d implements DeviceLayer {
    private final CudaDevice device;
    private final Window window;
    private final boolean max;
    private final DeviceBuffer output;
    private final DeviceBuffer argmax;
    private final DeviceBuffer inputGradient;

    DevicePool2d(CudaDevice device, Window window, boolean max) {
        this.device = device;
        this.window = window;
        this.max = max;
        this.output = device.buffer();
        this.argmax = device.buffer();
        this.inputGradient = device.buffer();
    }

    @Override
    public Shape outputShape() {
        return Shape.of(window.channels(), window.outH(), window.outW());
    }

    @Override
    public DeviceBuffer forward(DeviceBuffer x, int n, boolean training) {
        int planes = n * window.channels();
        long size = (long) planes * window.outputPlane();
        output.ensure(size);
        if (max) {
            argmax.ensure(size);
            device.launchElementwise("maxpool_forward", size, with(window.arguments(), x, output, argmax, planes));
        } else {
            device.launchElementwise("avgpool_forward", size, with(window.arguments(), x, output, planes));
        }
        return output;
    }

    @Override
    public DeviceBuffer backward(DeviceBuffer dy, int n, boolean inputGradientNeeded) {
        if (!inputGradientNeeded) {
            return null;
        }
        int planes = n * window.channels();
        long size = (long) planes * window.inputPlane();
        inputGradient.ensure(size);
        if (max) {
            device.launchElementwise("maxpool_backward", size, with(window.arguments(), dy, argmax, inputGradient,
                    planes));
        } else {
            device.launchElementwise("avgpool_backward", size, with(window.arguments(), dy, inputGradient, planes));
        }
        return inputGradient;
    }

    /** The leading arguments followed by the window's. */
    private static Object[] with(Object[] geometry, Object... leading) {
        Object[] args = new Object[leading.length + geometry.length];
        System.arraycopy(leading, 0, args, 0, leading.length);
        System.arraycopy(geometry, 0, args, leading.length, geometry.length);
        return args;
    }

    @Override
    public void close() {
        output.close();
        argmax.close();
        inputGradient.close();
    }
}
