package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.nn.AvgPool2d;
import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Flatten;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.nn.MaxPool2d;
import io.github.dlplayground.engine.nn.Relu;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.nn.Sigmoid;
import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.SigmoidSpec;

import java.util.List;
import java.util.function.Supplier;

/**
 * The networks {@code bench step} times, on 1×28×28 inputs and 10 classes (mirrored in docs/bench/torch_step.py):
 * mlp = Flatten, Linear 784→256, ReLU, Linear 256→10; lenet = the book's LeNet (sigmoid, average pooling);
 * lenet-relu = the same with ReLU and max pooling.
 */
final class BenchNetworks {
    static final List<String> NAMES = List.of("mlp", "lenet", "lenet-relu");

    private BenchNetworks() {
    }

    static Sequential create(String name) {
        return switch (name) {
            case "mlp" -> new Sequential(List.of(new Flatten(), new Linear(784, 256), new Relu(), new Linear(256, 10)));
            case "lenet" -> lenet(Sigmoid::new, false);
            case "lenet-relu" -> lenet(Relu::new, true);
            default -> throw new IllegalArgumentException("unknown preset \"" + name + "\": choose one of "
                    + String.join(", ", NAMES));
        };
    }

    /** The same networks as specs (the GPU-resident step needs kernel, padding and stride from a spec). */
    static NetworkSpec spec(String name) {
        List<LayerSpec> layers = switch (name) {
            case "mlp" -> List.of(new FlattenSpec(), new LinearSpec(784, 256), new ReluSpec(), new LinearSpec(256, 10));
            case "lenet" -> lenetSpec(new SigmoidSpec(), new AvgPool2dSpec(2));
            case "lenet-relu" -> lenetSpec(new ReluSpec(), new MaxPool2dSpec(2));
            default -> throw new IllegalArgumentException("unknown preset \"" + name + "\": choose one of "
                    + String.join(", ", NAMES));
        };
        return new NetworkSpec(name, NetworkSpec.MNIST_INPUT, layers);
    }

    private static List<LayerSpec> lenetSpec(LayerSpec activation, LayerSpec pool) {
        return List.of(new Conv2dSpec(1, 6, 5, 2), activation, pool, new Conv2dSpec(6, 16, 5, 0), activation, pool,
                new FlattenSpec(), new LinearSpec(16 * 5 * 5, 120), activation, new LinearSpec(120, 84), activation,
                new LinearSpec(84, 10));
    }

    private static Sequential lenet(Supplier<Layer> activation, boolean maxPooling) {
        Supplier<Layer> pool = () -> maxPooling ? new MaxPool2d(2, 2) : new AvgPool2d(2, 2);
        return new Sequential(List.of(
                new Conv2d(1, 6, 5, 5, 2, 2, 1, 1), activation.get(), pool.get(),
                new Conv2d(6, 16, 5, 5, 0, 0, 1, 1), activation.get(), pool.get(),
                new Flatten(),
                new Linear(16 * 5 * 5, 120), activation.get(),
                new Linear(120, 84), activation.get(),
                new Linear(84, 10)));
    }
}
