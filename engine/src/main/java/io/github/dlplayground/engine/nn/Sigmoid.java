package io.github.dlplayground.engine.nn;

/** σ(x) = 1 / (1 + e^(−x)), with σ′(x) = σ(x)·(1 − σ(x)). */
public final class Sigmoid extends Activation {
    @Override
    public String describe() {
        return "Sigmoid";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = (float) (1.0 / (1.0 + Math.exp(-x[i])));
        }
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = dy[i] * y[i] * (1f - y[i]);
        }
    }
}
