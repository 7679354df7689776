package io.github.dlplayground.engine.surface;

/** A surface given by hand-derived formulas for f and its gradient. */
final class ClosedForm implements Surface {
    @FunctionalInterface
    interface Value {
        double at(double x, double y);
    }

    @FunctionalInterface
    interface Gradient {
        /** Writes ∂f/∂x, ∂f/∂y into out. */
        void at(double x, double y, double[] out);
    }

    private final int dimension;
    private final Value value;
    private final Gradient gradient;

    ClosedForm(int dimension, Value value, Gradient gradient) {
        this.dimension = dimension;
        this.value = value;
        this.gradient = gradient;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double x, double y) {
        return value.at(x, y);
    }

    @Override
    public double gradient(double x, double y, double[] out) {
        gradient.at(x, y, out);
        if (dimension == 1) {
            out[1] = 0;
        }
        return value.at(x, y);
    }
}
