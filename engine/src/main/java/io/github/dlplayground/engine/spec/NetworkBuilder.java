package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.nn.AvgPool2d;
import io.github.dlplayground.engine.nn.BatchNorm;
import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Dropout;
import io.github.dlplayground.engine.nn.Flatten;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.LeakyRelu;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.nn.MaxPool2d;
import io.github.dlplayground.engine.nn.Relu;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.nn.Sigmoid;
import io.github.dlplayground.engine.nn.Tanh;
import io.github.dlplayground.engine.util.Rng;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where a {@link NetworkSpec} becomes runtime layers: validates it, builds one engine layer
 * per spec in order, and draws every weight (and each dropout seed) from one generator seeded with
 * {@code seed}, so a spec, an initialiser and a seed fix the network bit for bit.
 */
public final class NetworkBuilder {
    private NetworkBuilder() {
    }

    /** Builds and initialises; throws {@link SpecException} with the first problem when the spec is invalid. */
    public static Sequential build(NetworkSpec spec, WeightInit init, long seed) {
        spec.validate().requireValid("");
        List<Layer> layers = new ArrayList<>();
        for (LayerSpec layer : spec.layers()) {
            layers.add(layer(layer));
        }
        var network = new Sequential(layers);
        network.initialize(init.toInit(), new Rng(seed));
        return network;
    }

    /** The runtime layer for one spec, with PyTorch's default initialisation until the network is initialised. */
    public static Layer layer(LayerSpec spec) {
        if (spec instanceof LinearSpec l) {
            return new Linear(l.inFeatures(), l.outFeatures());
        }
        if (spec instanceof Conv2dSpec c) {
            return new Conv2d(c.inChannels(), c.outChannels(), c.kernelSize().height(), c.kernelSize().width(),
                    c.padding().height(), c.padding().width(), c.stride().height(), c.stride().width());
        }
        if (spec instanceof MaxPool2dSpec m) {
            return new MaxPool2d(m.kernelSize().height(), m.kernelSize().width(),
                    m.padding().height(), m.padding().width(), m.stride().height(), m.stride().width());
        }
        if (spec instanceof AvgPool2dSpec a) {
            return new AvgPool2d(a.kernelSize().height(), a.kernelSize().width(),
                    a.padding().height(), a.padding().width(), a.stride().height(), a.stride().width());
        }
        if (spec instanceof LeakyReluSpec r) {
            return new LeakyRelu(r.negativeSlope());
        }
        if (spec instanceof BatchNormSpec b) {
            return new BatchNorm(b.numFeatures());
        }
        if (spec instanceof DropoutSpec d) {
            return new Dropout(d.p());
        }
        if (spec instanceof ReluSpec) {
            return new Relu();
        }
        if (spec instanceof SigmoidSpec) {
            return new Sigmoid();
        }
        if (spec instanceof TanhSpec) {
            return new Tanh();
        }
        if (spec instanceof FlattenSpec) {
            return new Flatten();
        }
        throw new AssertionError("no runtime layer for " + spec);
    }
}
