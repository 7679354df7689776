package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking a {@link NetworkSpec}: each layer's input and output shape, parameter count and
 * FLOPs as far as shapes could be inferred (up to the first layer that cannot take its input), and every
 * problem as a sentence that says what to change, e.g. "Layer 3 (Linear): expects 784 inputs but receives
 * 6×14×14 = 1176 — set in_features to 1176 or add Flatten". Layers are numbered from 1 in messages and from 0
 * in {@link Problem#layerIndex()}.
 */
public record SpecReport(Shape input, List<LayerInfo> layers, List<Problem> problems) {

    /** One layer whose shapes are known. */
    public record LayerInfo(int index, LayerSpec spec, Shape input, Shape output, long parameterCount, long flops) {
    }

    /**
     * One problem.
     *
     * @param layerIndex 0-based layer, or −1 for the network as a whole (input shape, number of outputs)
     */
    public record Problem(int layerIndex, String message) {
    }

    public SpecReport {
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    static SpecReport of(NetworkSpec spec, int classes) {
        List<LayerInfo> infos = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Shape input = inputShape(spec, problems);
        List<LayerSpec> layers = spec.layers();
        if (layers.isEmpty()) {
            problems.add(new Problem(-1, "the network has no layers — add at least one Linear layer"));
        }
        int firstBadSettings = layers.size();
        for (int i = 0; i < layers.size(); i++) {
            for (String p : layers.get(i).problems()) {
                problems.add(new Problem(i, label(i, layers.get(i)) + ": " + p));
                firstBadSettings = Math.min(firstBadSettings, i);
            }
        }
        // Shapes are inferred up to the first layer whose settings or input are wrong.
        Shape current = input;
        for (int i = 0; i < firstBadSettings && current != null; i++) {
            LayerSpec layer = layers.get(i);
            try {
                Shape out = layer.outputShape(current);
                infos.add(new LayerInfo(i, layer, current, out, layer.parameterCount(), layer.flops(current)));
                current = out;
            } catch (SpecException e) {
                problems.add(new Problem(i, label(i, layer) + ": " + e.getMessage()));
                current = null;
            }
        }
        if (current != null && problems.isEmpty() && classes > 0) {
            checkOutputs(layers, current, classes, problems);
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::layerIndex));
        return new SpecReport(input, infos, problems);
    }

    private static Shape inputShape(NetworkSpec spec, List<Problem> problems) {
        List<Integer> dims = spec.inputShape();
        boolean positive = dims.stream().allMatch(d -> d != null && d > 0);
        if ((dims.size() != 1 && dims.size() != 3) || !positive) {
            problems.add(new Problem(-1, "input_shape " + dims + " must be [channels, height, width] or [features]"
                    + " with positive sizes, e.g. [1, 28, 28]"));
            return null;
        }
        return spec.input();
    }

    private static void checkOutputs(List<LayerSpec> layers, Shape output, int classes, List<Problem> problems) {
        if (output.rank() == 1 && output.dim(0) == classes) {
            return;
        }
        int last = layers.size() - 1;
        int lastLinear = -1;
        for (int i = last; i >= 0; i--) {
            if (layers.get(i) instanceof LinearSpec) {
                lastLinear = i;
                break;
            }
        }
        String fix = lastLinear >= 0 ? "set out_features of layer " + (lastLinear + 1) + " (Linear) to " + classes
                : "end the network with Flatten and Linear(…, " + classes + ")";
        problems.add(new Problem(last, "the network ends in " + Shapes.withSize(output) + " outputs but the data has "
                + classes + " classes — " + fix));
    }

    /** "Layer 3 (Linear)". */
    public static String label(int index, LayerSpec layer) {
        return "Layer " + (index + 1) + " (" + layer.displayName() + ")";
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The first problem, if any. */
    public Optional<Problem> firstProblem() {
        return problems.stream().findFirst();
    }

    /** The output shape of the last layer, or empty when shapes stop before it. */
    public Optional<Shape> output() {
        return isValid() && !layers.isEmpty() ? Optional.of(layers.get(layers.size() - 1).output()) : Optional.empty();
    }

    public long parameterCount() {
        return layers.stream().mapToLong(LayerInfo::parameterCount).sum();
    }

    public long flops() {
        return layers.stream().mapToLong(LayerInfo::flops).sum();
    }

    /** Throws {@link SpecException} with the first problem, prefixed by {@code where} (e.g. a file name) if given. */
    public SpecReport requireValid(String where) {
        if (!isValid()) {
            String m = problems.get(0).message();
            throw new SpecException(where == null || where.isEmpty() ? m : where + ": " + m);
        }
        return this;
    }
}
