package io.github.dlplayground.engine.nn;

/** tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)), with tanh′(x) = 1 − tanh²(x). */
public final class Tanh extends Activation {
    @Override
    public String describe() {
        return "Tanh";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = dy[i] * (1f - y[i] * y[i]);
        }
    }
}
