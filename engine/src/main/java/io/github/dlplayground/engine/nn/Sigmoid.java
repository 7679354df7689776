package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.FloatMath;

/** σ(x) = 1 / (1 + e^(−x)), with σ′(x) = σ(x)·(1 − σ(x)); e^x in float ({@link FloatMath#exp}). */
public final class Sigmoid extends Activation {
    @Override
    public String describe() {
        return "Sigmoid";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = 1f / (1f + FloatMath.exp(-x[i]));
        }
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = dy[i] * y[i] * (1f - y[i]);
        }
    }
}
