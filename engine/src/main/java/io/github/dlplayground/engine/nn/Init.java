package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.util.Rng;

/**
 * Weight initialisers, fan_in = in·kh·kw and fan_out = out·kh·kw. Normal: W ~ N(0, σ²); Xavier uniform:
 * W ~ U(±√(6/(fan_in+fan_out))); He (Kaiming normal): W ~ N(0, 2/fan_in); these set the bias to 0.
 * PyTorch's default for Linear and Conv2d (kaiming_uniform with a = √5): W and b ~ U(±1/√fan_in).
 */
public sealed interface Init {
    /** W ~ N(0, σ²), bias 0 (the book's choice σ = 0.01). */
    record Normal(double sigma) implements Init {
        public Normal {
            if (!(sigma >= 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("normal initialisation needs a finite σ ≥ 0, got " + sigma);
            }
        }
    }

    /** Xavier (Glorot) uniform, bias 0. */
    record XavierUniform() implements Init {
    }

    /** He (Kaiming) normal for ReLU networks, bias 0. */
    record He() implements Init {
    }

    /** PyTorch's default for nn.Linear and nn.Conv2d. */
    record PyTorchDefault() implements Init {
    }

    static Init normal(double sigma) {
        return new Normal(sigma);
    }

    static Init xavierUniform() {
        return new XavierUniform();
    }

    static Init he() {
        return new He();
    }

    static Init pytorchDefault() {
        return new PyTorchDefault();
    }

    /** Fills the weight (row-major, in order) and then the bias (may be null) from {@code rng}. */
    default void fill(Parameter weight, Parameter bias, int fanIn, int fanOut, Rng rng) {
        float[] w = weight.value();
        if (this instanceof PyTorchDefault) {
            double bound = 1.0 / Math.sqrt(fanIn);
            uniform(w, bound, rng);
            if (bias != null) {
                uniform(bias.value(), bound, rng);
            }
            return;
        }
        if (this instanceof Normal normal) {
            gaussian(w, normal.sigma(), rng);
        } else if (this instanceof He) {
            gaussian(w, Math.sqrt(2.0 / fanIn), rng);
        } else {
            uniform(w, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
        }
        if (bias != null) {
            java.util.Arrays.fill(bias.value(), 0f);
        }
    }

    private static void uniform(float[] x, double bound, Rng rng) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.uniform(-bound, bound);
        }
    }

    private static void gaussian(float[] x, double sigma, Rng rng) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (sigma * rng.nextGaussian());
        }
    }
}
