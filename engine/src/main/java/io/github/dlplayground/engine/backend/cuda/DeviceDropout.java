package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.util.Rng;

/**
 * Inverted dropout (暂退法) on the GPU: in training value i of pass t is zeroed when Rng.hash(passSeed, i) &lt; p
 * (passSeed = Rng.derive(seed, t)), the others scaled by 1/(1 − p) — the CPU layer's rule, so a seed gives
 * the same masks on both; in inference the identity.
 */
final class DeviceDropout implements DeviceLayer {
    private final CudaDevice device;
    private final float p;
    private final long seed;
    private final Shape shape;
    private final DeviceBuffer output;
    private final DeviceBuffer mask;
    private final DeviceBuffer inputGradient;
    private long passes;
    private boolean masked;

    DeviceDropout(CudaDevice device, float p, long seed, Shape shape) {
        this.device = device;
        this.p = p;
        this.seed = seed;
        this.shape = shape;
        this.output = device.buffer();
        this.mask = device.buffer();
        this.inputGradient = device.buffer();
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    @Override
    public DeviceBuffer forward(DeviceBuffer x, int n, boolean training) {
        masked = training && p > 0f;
        if (!masked) {
            return x;
        }
        long size = (long) n * shape.size();
        output.ensure(size);
        mask.ensure(size);
        long passSeed = Rng.derive(seed, passes++);
        device.launchElementwise("dropout_forward", size, x, output, mask, size, passSeed, p, 1f / (1f - p));
        return output;
    }

    @Override
    public DeviceBuffer backward(DeviceBuffer dy, int n, boolean inputGradientNeeded) {
        if (!inputGradientNeeded || !masked) {
            return inputGradientNeeded ? dy : null;
        }
        long size = (long) n * shape.size();
        inputGradient.ensure(size);
        device.launchElementwise("dropout_backward", size, dy, mask, inputGradient, size);
        return inputGradient;
    }

    @Override
    public void close() {
        output.close();
        mask.close();
        inputGradient.close();
    }
}
