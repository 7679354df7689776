package io.github.dlplayground.engine.testing;

import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.function.DoubleSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one numerical gradient check for every layer and loss: analytic gradients against central differences
 * (f(x + ε) − f(x − ε)) / 2ε of a scalar, accumulated in double. For a layer the scalar is L = Σᵢ rᵢ·yᵢ with a
 * fixed random r, so backward receives ∂L/∂y = r. Large tensors are checked on a fixed random subset of entries.
 */
public final class GradientCheck {
    private static final int MAX_ENTRIES = 120;

    private final double epsilon;
    private final double tolerance;

    /** Passes where |analytic − numeric| ≤ tolerance·max(1, |numeric|). */
    public GradientCheck(double epsilon, double tolerance) {
        this.epsilon = epsilon;
        this.tolerance = tolerance;
    }

    /** Float32 forward passes: ε = 1e-2 keeps rounding error well below the tolerance of 1e-2. */
    public static GradientCheck standard() {
        return new GradientCheck(1e-2, 1e-2);
    }

    /**
     * Checks ∂L/∂input and ∂L/∂parameter for every parameter of {@code layer} at {@code input}, in training
     * mode when {@code training}. {@code beforeForward} runs before every forward pass (e.g. to fix a dropout
     * mask by re-seeding); pass a no-op otherwise.
     */
    public void checkLayer(Layer layer, Tensor input, boolean training, Runnable beforeForward, long seed) {
        beforeForward.run();
        Tensor output = layer.forward(input, training);
        Tensor r = random(output.shape().dims(), seed);
        for (Parameter p : layer.parameters()) {
            p.zeroGrad();
        }
        Tensor inputGradient = layer.backward(r);
        float[] analyticInput = inputGradient.data().clone();
        DoubleSupplier loss = () -> {
            beforeForward.run();
            return dot(layer.forward(input, training), r);
        };
        assertGradient(layer.describe() + " ∂L/∂input", input.data(), analyticInput, loss, seed);
        for (Parameter p : layer.parameters()) {
            assertGradient(layer.describe() + " ∂L/∂" + p.name(), p.value(), p.grad().clone(), loss, seed + 1);
        }
    }

    /**
     * Checks an analytic gradient of a scalar function of {@code values}: {@code loss} recomputes the scalar
     * from the current contents of {@code values}.
     */
    public void assertGradient(String what, float[] values, float[] analytic, DoubleSupplier loss, long seed) {
        assertThat(analytic).as(what + ": gradient length").hasSize(values.length);
        var rng = new Rng(seed);
        int count = Math.min(values.length, MAX_ENTRIES);
        for (int c = 0; c < count; c++) {
            int i = values.length <= MAX_ENTRIES ? c : rng.nextInt(values.length);
            float saved = values[i];
            values[i] = (float) (saved + epsilon);
            double plus = loss.getAsDouble();
            values[i] = (float) (saved - epsilon);
            double minus = loss.getAsDouble();
            values[i] = saved;
            double numeric = (plus - minus) / (2 * epsilon);
            double error = Math.abs(analytic[i] - numeric);
            assertThat(error)
                    .as("%s at index %d: analytic %s, numeric %s", what, i, analytic[i], numeric)
                    .isLessThanOrEqualTo(tolerance * Math.max(1.0, Math.abs(numeric)));
        }
    }

    /** Σᵢ aᵢ·bᵢ in double. */
    public static double dot(Tensor a, Tensor b) {
        double sum = 0;
        float[] x = a.data();
        float[] y = b.data();
        for (int i = 0; i < x.length; i++) {
            sum += (double) x[i] * y[i];
        }
        return sum;
    }

    /** A tensor of values uniform in [−1, 1) from the given seed. */
    public static Tensor random(int[] dims, long seed) {
        Tensor t = Tensor.zeros(dims);
        var rng = new Rng(seed);
        float[] x = t.data();
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextFloat() * 2 - 1;
        }
        return t;
    }
}
