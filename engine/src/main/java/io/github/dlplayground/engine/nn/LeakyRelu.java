package io.github.dlplayground.engine.nn;

/** LeakyReLU(x) = x for x > 0, α·x otherwise (α = negative slope, PyTorch's default 0.01). */
public final class LeakyRelu extends Activation {
    private final float negativeSlope;

    public LeakyRelu(double negativeSlope) {
        if (!Double.isFinite(negativeSlope)) {
            throw new IllegalArgumentException("LeakyReLU: the negative slope must be a finite number, got "
                    + negativeSlope + "; PyTorch's default is 0.01");
        }
        this.negativeSlope = (float) negativeSlope;
    }

    public double negativeSlope() {
        return negativeSlope;
    }

    @Override
    public String describe() {
        return "LeakyReLU(" + negativeSlope + ")";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = x[i] > 0f ? x[i] : negativeSlope * x[i];
        }
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = x[i] > 0f ? dy[i] : negativeSlope * dy[i];
        }
    }
}
