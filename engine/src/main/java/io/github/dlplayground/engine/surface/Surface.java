package io.github.dlplayground.engine.surface;

/**
 * A function to minimise with its exact gradient: f(x, y) when {@link #dimension()} is 2, f(x) when it
 * is 1 (then y is ignored and ∂f/∂y = 0). Implementations are immutable and safe to call from several
 * threads at once (the heat map is computed on one thread while a descent runs on another).
 */
public interface Surface {
    /** 1 for a curve f(x), 2 for a surface f(x, y). */
    int dimension();

    double value(double x, double y);

    /** Writes ∂f/∂x into out[0] and ∂f/∂y into out[1] and returns f(x, y). */
    double gradient(double x, double y, double[] out);
}
