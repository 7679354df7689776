package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.FloatMath;

/** σ(x) = 1 / (1 + e^(−x)), with σ′(x) = σ(x)·(1 − σ(x)); computed in float by {@link FloatMath#sigmoid}. */
public final class Sigmoid extends Activation {
    @Override
    public String describe() {
        return "Sigmoid";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        FloatMath.sigmoid(x, y, from, to);
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = dy[i] * y[i] * (1f - y[i]);
        }
    }
}
