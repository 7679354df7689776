package io.github.dlplayground.app.lesson.activations;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * State of the activation explorer: which functions are shown, LeakyReLU's slope, the probed input x, the
 * number of stacked layers, and the engine-computed curves, point values and chain gradients for that
 * state (recomputed on every change). Plain Java, no toolkit.
 */
public final class ActivationExplorerModel {
    public static final double X_MIN = -4;
    public static final double X_MAX = 4;
    public static final int MAX_DEPTH = 30;
    private static final int SAMPLES = 401;

    private final EnumSet<ActivationKind> shown = EnumSet.of(ActivationKind.RELU, ActivationKind.SIGMOID);
    private double negativeSlope = 0.1;
    private double x0 = 1;
    private int depth = 10;
    private boolean derivatives = true;
    private final Map<ActivationKind, ActivationCurves.Curve> curves = new EnumMap<>(ActivationKind.class);
    private final Map<ActivationKind, ActivationCurves.Curve> points = new EnumMap<>(ActivationKind.class);
    private final Map<ActivationKind, double[]> chains = new EnumMap<>(ActivationKind.class);

    public ActivationExplorerModel() {
        recomputeCurves();
        recomputeAtX0();
    }

    public Set<ActivationKind> shown() {
        return EnumSet.copyOf(shown);
    }

    public boolean isShown(ActivationKind kind) {
        return shown.contains(kind);
    }

    public void setShown(ActivationKind kind, boolean on) {
        if (on) {
            shown.add(kind);
        } else {
            shown.remove(kind);
        }
    }

    public double negativeSlope() {
        return negativeSlope;
    }

    public void setNegativeSlope(double slope) {
        negativeSlope = slope;
        recomputeCurves();
        recomputeAtX0();
    }

    public double x0() {
        return x0;
    }

    public void setX0(double x) {
        x0 = x;
        recomputeAtX0();
    }

    public int depth() {
        return depth;
    }

    public void setDepth(int layers) {
        if (layers < 1 || layers > MAX_DEPTH) {
            throw new IllegalArgumentException("the number of stacked layers must be between 1 and " + MAX_DEPTH
                    + ", got " + layers);
        }
        depth = layers;
        recomputeAtX0();
    }

    public boolean derivatives() {
        return derivatives;
    }

    public void setDerivatives(boolean on) {
        derivatives = on;
    }

    /** f and f′ over [X_MIN, X_MAX]. */
    public ActivationCurves.Curve curve(ActivationKind kind) {
        return curves.get(kind);
    }

    /** f(x₀) and f′(x₀), one value each. */
    public ActivationCurves.Curve atX0(ActivationKind kind) {
        return points.get(kind);
    }

    /** ∂h_d/∂h₀ for d = 1 … depth, starting from h₀ = x₀. */
    public double[] chain(ActivationKind kind) {
        return chains.get(kind);
    }

    private void recomputeCurves() {
        for (ActivationKind kind : ActivationKind.values()) {
            curves.put(kind, ActivationCurves.curve(kind, negativeSlope, X_MIN, X_MAX, SAMPLES));
        }
    }

    private void recomputeAtX0() {
        for (ActivationKind kind : ActivationKind.values()) {
            points.put(kind, ActivationCurves.at(kind, negativeSlope, x0));
            chains.put(kind, ActivationCurves.chainGradients(kind, negativeSlope, x0, depth));
        }
    }
}
