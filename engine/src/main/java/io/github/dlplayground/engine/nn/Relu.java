package io.github.dlplayground.engine.nn;

/**
 * ReLU(x) = max(x, 0); its derivative is 1 for x &gt; 0 and 0 otherwise (0 at x = 0, as in PyTorch). Both loops are
 * branch-free so that the JIT vectorises them: forward is {@code Math.max} (NaN stays NaN, as in PyTorch), backward
 * multiplies ∂y by a 0/1 mask made from y = ReLU(x) (a NaN x, or an infinite or NaN ∂y where x ≤ 0, gives NaN).
 */
public final class Relu extends Activation {
    @Override
    public String describe() {
        return "ReLU";
    }

    @Override
    void apply(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = Math.max(x[i], 0f);
        }
    }

    @Override
    void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            // y·2²⁰⁰ ≥ 1 for every positive float (2⁻¹⁴⁹ included), so the mask is exactly 1 there and 0 at y = 0.
            dx[i] = dy[i] * Math.min(y[i] * 0x1p100f * 0x1p100f, 1f);
        }
    }
}
