package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained network that reads drawings: preprocesses a drawing into a 1×28×28 input, runs the layers in
 * order (inference mode) and returns the class probabilities and every layer's output. Its layers keep
 * state from the last forward pass, so one thread at a time (the prediction worker) may use an instance.
 */
public final class DrawingClassifier {
    /** The input every drawing becomes: one channel of 28×28. */
    public static final Shape INPUT = Shape.of(1, 28, 28);

    private final String name;
    private final List<Layer> layers;
    private final Preprocessing preprocessing;
    private final int classes;

    /**
     * @param name   what to call the model in messages (e.g. its file name)
     * @param layers the network's layers in order (a Sequential's children)
     * @throws IllegalArgumentException naming the model when it cannot read 1×28×28 inputs
     */
    public DrawingClassifier(String name, List<Layer> layers, Preprocessing preprocessing) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("model " + name + " has no layers");
        }
        Shape shape = INPUT;
        try {
            for (Layer layer : layers) {
                shape = layer.outputShape(shape);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model " + name + " cannot read a drawing: its input must be "
                    + INPUT + " (one channel of 28×28 pixels) — " + e.getMessage(), e);
        }
        if (shape.size() < 2) {
            throw new IllegalArgumentException("model " + name + " gives " + shape.size()
                    + " output, not class scores: choose a classification model");
        }
        this.name = name;
        this.layers = List.copyOf(layers);
        this.preprocessing = preprocessing;
        this.classes = shape.size();
    }

    public String name() {
        return name;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Number of classes the network tells apart (10 for digits and Fashion-MNIST). */
    public int classCount() {
        return classes;
    }

    /** Preprocesses and classifies a drawing. A blank drawing gives null probabilities. */
    public Classification classify(InkImage drawing) {
        long start = System.nanoTime();
        PreprocessedDrawing pre = preprocessing.apply(drawing);
        if (pre.isEmpty()) {
            return new Classification(pre, null, List.of(), System.nanoTime() - start);
        }
        var outputs = new ArrayList<LayerOutput>(layers.size());
        Tensor x = pre.input().toTensor();
        for (Layer layer : layers) {
            x = layer.forward(x, false);
            outputs.add(new LayerOutput(layer.describe(), x.shape().withoutBatch(), x.data().clone()));
        }
        float[] probabilities = Classification.softmax(x.data());
        return new Classification(pre, probabilities, List.copyOf(outputs), System.nanoTime() - start);
    }
}
