package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;

/**
 * {@link Conv2d} on the GPU as im2col + GEMM per block of g samples: cols [C·kh·kw, g·P] (P = OH·OW),
 * Y [out, g·P] = W·cols, scattered to [n, out, P] with the bias. Backward: ∂b += ∂Y·1 (row sums),
 * ∂W += ∂Y·colsᵀ, ∂cols = Wᵀ·∂Y folded back by col2im. Blocks keep the column buffer under 64 MiB.
 */
final class DeviceConv2d implements DeviceLayer {
    /** Floats of the column buffer per block of samples. */
    private static final long COLUMN_LIMIT = 1L << 24;

    private final CudaDevice device;
    private final Window window;
    private final int outChannels;
    private final DeviceParameter weight;
    private final DeviceParameter bias;
    private final DeviceBuffer columns;
    private final DeviceBuffer product;
    private final DeviceBuffer columnGradient;
    private final DeviceBuffer output;
    private final DeviceBuffer inputGradient;
    private final DeviceBuffer ones;
    private DeviceBuffer input;
    private int block;

    DeviceConv2d(CudaDevice device, Conv2d layer, Window window) {
        this.device = device;
        this.window = window;
        this.outChannels = layer.outChannels();
        this.weight = new DeviceParameter(device, layer.weight());
        this.bias = new DeviceParameter(device, layer.bias());
        this.columns = device.buffer();
        this.product = device.buffer();
        this.columnGradient = device.buffer();
        this.output = device.buffer();
        this.inputGradient = device.buffer();
        this.ones = device.buffer();
    }

    @Override
    public Shape outputShape() {
        return Shape.of(outChannels, window.outH(), window.outW());
    }

    @Override
    public List<DeviceParameter> parameters() {
        return List.of(weight, bias);
    }

    private int rows() {
        return window.channels() * window.kh() * window.kw();
    }

    @Override
    public DeviceBuffer forward(DeviceBuffer x, int n, boolean training) {
        input = x;
        int rows = rows();
        int plane = window.outputPlane();
        block = (int) Math.max(1, Math.min(n, COLUMN_LIMIT / ((long) rows * plane)));
        columns.ensure((long) rows * block * plane);
        product.ensure((long) outChannels * block * plane);
        output.ensure((long) n * outChannels * plane);
        for (int n0 = 0; n0 < n; n0 += block) {
            int g = Math.min(block, n - n0);
            int ld = g * plane;
            unfold(x, n0, g);
            Gemm.launch(device, false, false, outChannels, ld, rows, 1f, weight.value().pointer(), rows,
                    columns.pointer(), ld, 0f, product.pointer(), ld);
            device.launchElementwise("conv_scatter_bias", (long) g * outChannels * plane, product, bias.value(),
                    output, n0, g, outChannels, plane);
        }
        return output;
    }

    @Override
    public DeviceBuffer backward(DeviceBuffer dy, int n, boolean inputGradientNeeded) {
        int rows = rows();
        int plane = window.outputPlane();
        if (inputGradientNeeded) {
            columnGradient.ensure((long) rows * block * plane);
            inputGradient.ensure((long) n * window.channels() * window.inputPlane());
        }
        for (int n0 = 0; n0 < n; n0 += block) {
            int g = Math.min(block, n - n0);
            int ld = g * plane;
            if (block < n) {
                // With several blocks the columns of the last forward block are gone: unfold this one again.
                unfold(input, n0, g);
            }
            device.launchElementwise("conv_gather", (long) g * outChannels * plane, dy, product, n0, g, outChannels,
                    plane);
            if (ones.capacity() < ld) {
                ones.ensure(ld).fill(ld, 1f);
            }
            // ∂b += ∂Y·1: the sum of each channel's row, split along the row like the weight gradient.
            Gemm.launch(device, false, false, outChannels, 1, ld, 1f, product.pointer(), ld, ones.pointer(), 1, 1f,
                    bias.grad().pointer(), 1);
            Gemm.launch(device, false, true, outChannels, rows, ld, 1f, product.pointer(), ld, columns.pointer(), ld,
                    1f, weight.grad().pointer(), rows);
            if (inputGradientNeeded) {
                Gemm.launch(device, true, false, rows, ld, outChannels, 1f, weight.value().pointer(), rows,
                        product.pointer(), ld, 0f, columnGradient.pointer(), ld);
                device.launchElementwise("col2im", (long) g * window.channels() * window.inputPlane(),
                        windowArguments(columnGradient, inputGradient, n0, g));
            }
        }
        return inputGradientNeeded ? inputGradient : null;
    }

    private void unfold(DeviceBuffer x, int n0, int g) {
        device.launchElementwise("im2col", (long) rows() * g * window.outputPlane(),
                windowArguments(x, columns, n0, g));
    }

    /** (source, target, n0, g, C, H, W, kh, kw, ph, pw, sh, sw, OH, OW) as im2col and col2im take them. */
    private Object[] windowArguments(DeviceBuffer source, DeviceBuffer target, int n0, int g) {
        Object[] geometry = window.arguments();
        Object[] args = new Object[5 + geometry.length];
        args[0] = source;
        args[1] = target;
        args[2] = n0;
        args[3] = g;
        args[4] = window.channels();
        System.arraycopy(geometry, 0, args, 5, geometry.length);
        return args;
    }

    @Override
    public void close() {
        weight.close();
        bias.close();
        columns.close();
        product.close();
        columnGradient.close();
        output.close();
        inputGradient.close();
        ones.close();
    }
}
