package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Dropout;
import io.github.dlplayground.engine.nn.Flatten;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.LeakyRelu;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.nn.Relu;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.nn.Sigmoid;
import io.github.dlplayground.engine.nn.Tanh;
import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.util.Rng;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sequential} mirrored on the GPU layer by layer, its weights copied up once and kept there: forward
 * takes a batch of images uploaded into one input buffer, backward accumulates every gradient on the device.
 * The spec gives what the runtime layers do not expose (kernel, padding, stride); both must describe the same
 * network. Dropout masks follow the CPU rule from seeds derived from {@code dropoutSeed}.
 */
final class DeviceNetwork implements AutoCloseable {
    private final CudaDevice device;
    private final Shape inputShape;
    private final List<DeviceLayer> layers;
    private final boolean[] inputGradientNeeded;
    private final DeviceBuffer input;

    private DeviceNetwork(CudaDevice device, Shape inputShape, List<DeviceLayer> layers) {
        this.device = device;
        this.inputShape = inputShape;
        this.layers = List.copyOf(layers);
        this.inputGradientNeeded = new boolean[layers.size()];
        boolean learnsBefore = false;
        for (int i = 0; i < layers.size(); i++) {
            inputGradientNeeded[i] = learnsBefore;
            learnsBefore |= !layers.get(i).parameters().isEmpty();
        }
        this.input = device.buffer();
    }

    /**
     * One sentence saying why this network cannot train on the GPU (a layer without GPU kernels, or spec and
     * network that differ), or null when it can.
     */
    static String unsupported(NetworkSpec spec, Sequential network) {
        List<Layer> runtime = network.layers();
        if (runtime.size() != spec.layers().size()) {
            return "the network has " + runtime.size() + " layers but its spec " + spec.layers().size() + ".";
        }
        for (int i = 0; i < runtime.size(); i++) {
            Layer layer = runtime.get(i);
            if (!(layer instanceof Linear || layer instanceof Conv2d || layer instanceof Relu
                    || layer instanceof LeakyRelu || layer instanceof Sigmoid || layer instanceof Tanh
                    || layer instanceof Dropout || layer instanceof Flatten
                    || spec.layers().get(i) instanceof MaxPool2dSpec || spec.layers().get(i) instanceof AvgPool2dSpec)) {
                return "layer " + (i + 1) + " (" + layer.describe() + ") has no GPU kernels.";
            }
        }
        return null;
    }

    /** Builds the GPU copy (weights uploaded); throws IllegalArgumentException when {@link #unsupported} says so. */
    static DeviceNetwork build(CudaDevice device, NetworkSpec spec, Sequential network, long dropoutSeed) {
        String problem = unsupported(spec, network);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        var layers = new ArrayList<DeviceLayer>();
        Shape shape = spec.input();
        try {
            for (int i = 0; i < spec.layers().size(); i++) {
                DeviceLayer layer = layer(device, spec.layers().get(i), network.layers().get(i), shape,
                        Rng.derive(dropoutSeed, i));
                layers.add(layer);
                shape = layer.outputShape();
            }
        } catch (RuntimeException e) {
            layers.forEach(DeviceLayer::close);
            throw e;
        }
        return new DeviceNetwork(device, spec.input(), layers);
    }

    private static DeviceLayer layer(CudaDevice device, LayerSpec spec, Layer runtime, Shape in, long seed) {
        if (runtime instanceof Linear linear) {
            return new DeviceLinear(device, linear);
        } else if (runtime instanceof Conv2d conv && spec instanceof Conv2dSpec c) {
            return new DeviceConv2d(device, conv, Window.over(in, c.kernelSize().height(), c.kernelSize().width(),
                    c.padding().height(), c.padding().width(), c.stride().height(), c.stride().width()));
        } else if (spec instanceof MaxPool2dSpec m) {
            return new DevicePool2d(device, Window.over(in, m.kernelSize().height(), m.kernelSize().width(),
                    m.padding().height(), m.padding().width(), m.stride().height(), m.stride().width()), true);
        } else if (spec instanceof AvgPool2dSpec a) {
            return new DevicePool2d(device, Window.over(in, a.kernelSize().height(), a.kernelSize().width(),
                    a.padding().height(), a.padding().width(), a.stride().height(), a.stride().width()), false);
        } else if (runtime instanceof Relu) {
            return new DeviceActivation(device, DeviceActivation.Kind.RELU, 0f, in);
        } else if (runtime instanceof LeakyRelu leaky) {
            return new DeviceActivation(device, DeviceActivation.Kind.LEAKY_RELU, (float) leaky.negativeSlope(), in);
        } else if (runtime instanceof Sigmoid) {
            return new DeviceActivation(device, DeviceActivation.Kind.SIGMOID, 0f, in);
        } else if (runtime instanceof Tanh) {
            return new DeviceActivation(device, DeviceActivation.Kind.TANH, 0f, in);
        } else if (runtime instanceof Dropout dropout) {
            return new DeviceDropout(device, (float) dropout.probability(), seed, in);
        } else if (runtime instanceof Flatten) {
            return new DeviceFlatten(in);
        }
        throw new IllegalArgumentException(runtime.describe() + " does not match its spec " + spec.describe() + ".");
    }

    /** Uploads a batch [n, input…] (n·inputSize values of {@code images}) and runs every layer forward. */
    DeviceBuffer forward(float[] images, int n, boolean training) {
        upload(images, n);
        return forwardLayers(n, training);
    }

    /** Every layer forward from the batch already in the input buffer (kernels only: nothing touches the host). */
    DeviceBuffer forwardLayers(int n, boolean training) {
        DeviceBuffer x = input;
        for (DeviceLayer layer : layers) {
            x = layer.forward(x, n, training);
        }
        return x;
    }

    /** Whether a training step can be recorded once and replayed: no layer takes a new seed every pass. */
    boolean replayable() {
        return layers.stream().noneMatch(l -> l instanceof DeviceDropout);
    }

    /** The batch's images in the input buffer. */
    DeviceBuffer upload(float[] images, int n) {
        long size = (long) n * inputShape.size();
        if (images.length < size) {
            throw new IllegalArgumentException("a batch of " + n + " samples " + inputShape + " needs " + size
                    + " values, got " + images.length);
        }
        input.ensure(size).upload(images, 0, (int) size);
        return input;
    }

    /** Backward from ∂loss/∂output to the first layer that learns. */
    void backward(DeviceBuffer outputGradient, int n) {
        DeviceBuffer g = outputGradient;
        for (int i = layers.size() - 1; i >= 0 && g != null; i--) {
            g = backward(i, g, n);
        }
    }

    /** Layer {@code i}'s backward: its input gradient, or null when no layer before it learns. */
    DeviceBuffer backward(int i, DeviceBuffer g, int n) {
        return layers.get(i).backward(g, n, inputGradientNeeded[i]);
    }

    List<DeviceLayer> layers() {
        return layers;
    }

    Shape outputShape() {
        return layers.get(layers.size() - 1).outputShape();
    }

    List<DeviceParameter> parameters() {
        var all = new ArrayList<DeviceParameter>();
        for (DeviceLayer layer : layers) {
            all.addAll(layer.parameters());
        }
        return all;
    }

    void zeroGradients() {
        for (DeviceParameter p : parameters()) {
            p.grad().zero(p.size());
        }
    }

    /** Weights GPU → host parameters (so that evaluation, charts and model files see them). */
    void downloadParameters() {
        parameters().forEach(DeviceParameter::download);
    }

    CudaDevice device() {
        return device;
    }

    @Override
    public void close() {
        layers.forEach(DeviceLayer::close);
        input.close();
    }
}
