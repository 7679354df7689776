package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/**
 * {@link Linear} on the GPU: y = x·Wᵀ + b; x [n, in], W [out, in], b [out]. Backward: ∂W += ∂yᵀ·x,
 * ∂b += Σₙ ∂y (kernel bias_grad_rows), ∂x = ∂y·W — the same products as the CPU layer, by the sgemm kernel.
 */
final class DeviceLinear implements DeviceLayer {
    private final CudaDevice device;
    private final int in;
    private final int out;
    private final DeviceParameter weight;
    private final DeviceParameter bias;
    private final DeviceBuffer output;
    private final DeviceBuffer inputGradient;
    private DeviceBuffer input;

    DeviceLinear(CudaDevice device, Linear layer) {
        this.device = device;
        this.in = layer.inFeatures();
        this.out = layer.outFeatures();
        this.weight = new DeviceParameter(device, layer.weight());
        this.bias = new DeviceParameter(device, layer.bias());
        this.output = device.buffer();
        this.inputGradient = device.buffer();
    }

    @Override
    public Shape outputShape() {
        return Shape.of(out);
    }

    @Override
    public List<DeviceParameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public DeviceBuffer forward(DeviceBuffer x, int n, boolean training) {
        input = x;
        output.ensure((long) n * out);
        Gemm.launch(device, false, true, n, out, in, 1f, x.pointer(), in, weight.value().pointer(), in,
                0f, output.pointer(), out);
        device.launchElementwise("add_bias_rows", (long) n * out, output, bias.value(), n, out);
        return output;
    }

    @Override
    public DeviceBuffer backward(DeviceBuffer dy, int n, boolean inputGradientNeeded) {
        Gemm.launch(device, true, false, out, in, n, 1f, dy.pointer(), out, input.pointer(), in,
                1f, weight.grad().pointer(), in);
        device.launch("bias_grad_rows", CudaDevice.blocks(out), 1, CudaDevice.THREADS, 1, dy, bias.grad(), n, out);
        if (!inputGradientNeeded) {
            return null;
        }
        inputGradient.ensure((long) n * in);
        Gemm.launch(device, false, false, n, in, out, 1f, dy.pointer(), out, weight.value().pointer(), in,
                0f, inputGradient.pointer(), in);
        return inputGradient;
    }

    @Override
    public void close() {
        weight.close();
        bias.close();
        output.close();
        inputGradient.close();
    }
}
