package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequential network as data: a name, the shape of one input sample (1×28×28 for Fashion-MNIST) and the
 * ordered layers. Immutable; the {@code with…} methods return edited copies (what the studio's undoable
 * edits apply). {@link #validate(int)} infers every layer's shapes without building anything.
 *
 * @param name       a name for people, e.g. "LeNet"; may be empty
 * @param inputShape one sample's shape, e.g. [1, 28, 28] or [784]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkSpec(@JsonProperty("name") String name,
                          @JsonProperty(value = "input_shape", required = true) List<Integer> inputShape,
                          @JsonProperty(value = "layers", required = true) List<LayerSpec> layers) {
    /** Fashion-MNIST and MNIST: one grey channel of 28×28. */
    public static final List<Integer> MNIST_INPUT = List.of(1, 28, 28);

    public NetworkSpec {
        name = name == null ? "" : name;
        inputShape = List.copyOf(inputShape);
        layers = List.copyOf(layers);
    }

    public NetworkSpec(String name, Shape input, List<LayerSpec> layers) {
        this(name, boxed(input), layers);
    }

    /** The input shape as a {@link Shape}. */
    public Shape input() {
        return Shape.of(inputShape.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Shapes, parameter counts and FLOPs of every layer, and every problem found. */
    public SpecReport validate() {
        return SpecReport.of(this, -1);
    }

    /** As {@link #validate()}, also checking that the network ends in {@code classes} outputs. */
    public SpecReport validate(int classes) {
        return SpecReport.of(this, classes);
    }

    public NetworkSpec withName(String newName) {
        return new NetworkSpec(newName, inputShape, layers);
    }

    public NetworkSpec withInput(Shape input) {
        return new NetworkSpec(name, input, layers);
    }

    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(name, inputShape, newLayers);
    }

    /** A copy with layer {@code index} replaced. */
    public NetworkSpec withLayer(int index, LayerSpec layer) {
        var copy = new ArrayList<>(layers);
        copy.set(index, layer);
        return withLayers(copy);
    }

    /** A copy with {@code layer} inserted at {@code index} (0 … size). */
    public NetworkSpec withInserted(int index, LayerSpec layer) {
        var copy = new ArrayList<>(layers);
        copy.add(index, layer);
        return withLayers(copy);
    }

    /** A copy without layer {@code index}. */
    public NetworkSpec without(int index) {
        var copy = new ArrayList<>(layers);
        copy.remove(index);
        return withLayers(copy);
    }

    private static List<Integer> boxed(Shape s) {
        var out = new ArrayList<Integer>();
        for (int d : s.dims()) {
            out.add(d);
        }
        return out;
    }
}
