package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values an activation explorer shows, all computed by the engine's layers: f(x) by forward and f′(x) by
 * backward with ∂y = 1 on a grid of x, and the gradient that reaches the input of a stack of n identical
 * activations, ∂hₙ/∂h₀ = Πₗ f′(hₗ₋₁) with hₗ = f(hₗ₋₁), for every depth 1…n. No toolkit needed.
 */
public final class ActivationCurves {
    private ActivationCurves() {
    }

    /** f and f′ at the given points. */
    public record Curve(double[] x, double[] y, double[] derivative) {
    }

    /** f and f′ at {@code count} evenly spaced points of [min, max], both ends included. */
    public static Curve curve(ActivationKind kind, double negativeSlope, double min, double max, int count) {
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = min + (max - min) * i / (count - 1);
        }
        return at(kind, negativeSlope, xs);
    }

    /** f and f′ at the given points (one engine forward and one backward over the batch). */
    public static Curve at(ActivationKind kind, double negativeSlope, double... xs) {
        Layer layer = kind.create(negativeSlope);
        float[] input = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            input[i] = (float) xs[i];
        }
        Tensor y = layer.forward(new Tensor(Shape.of(xs.length, 1), input), true);
        double[] ys = toDouble(y.data(), xs.length);
        float[] ones = new float[xs.length];
        Arrays.fill(ones, 1f);
        Tensor dx = layer.backward(new Tensor(Shape.of(xs.length, 1), ones));
        return new Curve(xs.clone(), ys, toDouble(dx.data(), xs.length));
    }

    /**
     * The gradient reaching h₀ through a stack of {@code depth} activations, for each depth 1…depth:
     * element d−1 is ∂h_d/∂h₀, from the engine's backward passes through layers d…1.
     */
    public static double[] chainGradients(ActivationKind kind, double negativeSlope, double x0, int depth) {
        List<Layer> layers = new ArrayList<>(depth);
        Tensor h = new Tensor(Shape.of(1, 1), new float[] {(float) x0});
        for (int l = 0; l < depth; l++) {
            Layer layer = kind.create(negativeSlope);
            h = layer.forward(h, true).copy();
            layers.add(layer);
        }
        double[] gradients = new double[depth];
        for (int d = depth; d >= 1; d--) {
            Tensor g = new Tensor(Shape.of(1, 1), new float[] {1f});
            for (int l = d - 1; l >= 0; l--) {
                g = layers.get(l).backward(g).copy();
            }
            gradients[d - 1] = g.data()[0];
        }
        return gradients;
    }

    private static double[] toDouble(float[] values, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
