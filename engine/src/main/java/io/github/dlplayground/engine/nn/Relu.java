package io.github.dlplayground.engine.nn;

/** ReLU(x) = max(x, 0); its derivative is 1 for x > 0 and 0 otherwise (0 at x = 0, as in PyTorch). */
public final class Relu extends Activation {
    @Override
    public String describe() {
        return "ReLU";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = x[i] > 0f ? x[i] : 0f;
        }
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = x[i] > 0f ? dy[i] : 0f;
        }
    }
}
