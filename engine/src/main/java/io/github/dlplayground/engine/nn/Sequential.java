package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.ArrayList;
import java.util.List;

/**
 * Layers applied in order: forward runs them first to last, backward last to first. Errors from a layer are
 * prefixed with its position ("layer 3 of 8: …"). Backend and initialisation are passed on to every layer,
 * the input-gradient switch to the leading layers that have no parameters and the first one that has.
 */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    @Override
    public String describe() {
        var names = new ArrayList<String>();
        for (Layer layer : layers) {
            names.add(layer.describe());
        }
        return "Sequential[" + String.join(", ", names) + "]";
    }

    @Override
    public Shape outputShape(Shape input) {
        Shape shape = input;
        for (int i = 0; i < layers.size(); i++) {
            try {
                shape = layers.get(i).outputShape(shape);
            } catch (IllegalArgumentException e) {
                throw located(i, e);
            }
        }
        return shape;
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        Tensor x = input;
        for (int i = 0; i < layers.size(); i++) {
            try {
                x = layers.get(i).forward(x, training);
            } catch (IllegalArgumentException e) {
                throw located(i, e);
            }
        }
        return x;
    }

    /**
     * Backward from the last layer to the first; stops early when a layer returns null (input gradient switched
     * off), since the layers before it have no parameters.
     */
    @Override
    public Tensor backward(Tensor outputGradient) {
        Tensor g = outputGradient;
        for (int i = layers.size() - 1; i >= 0 && g != null; i--) {
            g = layers.get(i).backward(g);
        }
        return g;
    }

    private IllegalArgumentException located(int index, IllegalArgumentException e) {
        return new IllegalArgumentException("layer " + (index + 1) + " of " + layers.size() + ": " + e.getMessage(),
                e);
    }

    @Override
    public List<Parameter> parameters() {
        var all = new ArrayList<Parameter>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        return List.copyOf(all);
    }

    @Override
    public long flops(Shape input) {
        long total = 0;
        Shape shape = input;
        for (Layer layer : layers) {
            total += layer.flops(shape);
            shape = layer.outputShape(shape);
        }
        return total;
    }

    @Override
    public Tensor lastOutput() {
        return layers.get(layers.size() - 1).lastOutput();
    }

    @Override
    public Tensor lastOutputGradient() {
        return layers.get(layers.size() - 1).lastOutputGradient();
    }

    @Override
    public void useBackend(MatrixBackend backend) {
        for (Layer layer : layers) {
            layer.useBackend(backend);
        }
    }

    /** Initialises the layers in order from one generator: one seed fixes every weight and dropout mask. */
    @Override
    public void initialize(Init init, Rng rng) {
        for (Layer layer : layers) {
            layer.initialize(init, rng);
        }
    }

    /** Same as {@code initialize(Init.pytorchDefault(), new Rng(seed))}. */
    public void initialize(long seed) {
        initialize(Init.pytorchDefault(), new Rng(seed));
    }

    /**
     * With {@code needed = false} the leading layers up to and including the first one with parameters skip
     * their input gradients (nothing before them learns); backward then returns null.
     */
    @Override
    public void computeInputGradient(boolean needed) {
        for (Layer layer : layers) {
            layer.computeInputGradient(needed);
            if (!layer.parameters().isEmpty()) {
                break;
            }
        }
    }
}
