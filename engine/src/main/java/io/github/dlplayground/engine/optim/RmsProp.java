package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * RMSProp, exactly torch.optim.RMSprop: g ← ∇θ + λθ; v ← α·v + (1 − α)·g²; centered: ḡ ← α·ḡ + (1 − α)·g,
 * v̂ ← v − ḡ², else v̂ ← v; if μ > 0 { b ← μ·b + g / (√v̂ + ε); θ ← θ − γ·b } else θ ← θ − γ·g / (√v̂ + ε).
 * Defaults as PyTorch: γ = 0.01, α = 0.99, ε = 1e-8, μ = 0, not centered.
 */
public final class RmsProp extends Optimizer {
    public static final double DEFAULT_LR = 0.01;
    public static final double DEFAULT_ALPHA = 0.99;
    public static final double DEFAULT_EPS = 1e-8;

    private final double alphaValue;
    private final double epsValue;
    private final double weightDecayValue;
    private final double momentumValue;
    private final boolean centered;
    private final float alpha;
    private final float oneMinusAlpha;
    private final float eps;
    private final float weightDecay;
    private final float momentum;
    private final float[][] squareAvg;
    private final float[][] gradAvg;
    private final float[][] velocity;

    public RmsProp(List<Parameter> parameters) {
        this(parameters, DEFAULT_LR, DEFAULT_ALPHA, DEFAULT_EPS, 0, 0, false);
    }

    public RmsProp(List<Parameter> parameters, double lr, double alpha, double eps, double weightDecay,
                   double momentum, boolean centered) {
        super("RMSProp", parameters, lr);
        this.alphaValue = Checks.unitClosed(name(), "alpha", alpha);
        this.epsValue = Checks.nonNegative(name(), "eps", eps);
        this.weightDecayValue = Checks.nonNegative(name(), "weight decay", weightDecay);
        this.momentumValue = Checks.nonNegative(name(), "momentum", momentum);
        this.centered = centered;
        this.alpha = (float) alpha;
        this.oneMinusAlpha = (float) (1 - alpha);
        this.eps = (float) eps;
        this.weightDecay = (float) weightDecay;
        this.momentum = (float) momentum;
        squareAvg = new float[parameterCount()][];
        gradAvg = new float[parameterCount()][];
        velocity = new float[parameterCount()][];
        for (int i = 0; i < parameterCount(); i++) {
            squareAvg[i] = new float[size(i)];
            gradAvg[i] = new float[centered ? size(i) : 0];
            velocity[i] = new float[momentum > 0 ? size(i) : 0];
        }
    }

    @Override
    protected void update(int i, float[] value, float[] grad, double lr, long step) {
        float negLr = (float) -lr;
        float[] v = squareAvg[i];
        float[] gAvg = gradAvg[i];
        float[] buf = velocity[i];
        for (int j = 0; j < value.length; j++) {
            float g = grad[j];
            if (weightDecayValue != 0) {
                g = g + weightDecay * value[j];
            }
            v[j] = v[j] * alpha + oneMinusAlpha * g * g;
            float avg;
            if (centered) {
                gAvg[j] = gAvg[j] * alpha + oneMinusAlpha * g;
                avg = (float) Math.sqrt(v[j] + -1f * gAvg[j] * gAvg[j]) + eps;
            } else {
                avg = (float) Math.sqrt(v[j]) + eps;
            }
            if (momentumValue > 0) {
                buf[j] = buf[j] * momentum + 1f * g / avg;
                value[j] = value[j] + negLr * buf[j];
            } else {
                value[j] = value[j] + negLr * g / avg;
            }
        }
    }

    @Override
    protected void resetState(int i) {
        Arrays.fill(squareAvg[i], 0f);
        Arrays.fill(gradAvg[i], 0f);
        Arrays.fill(velocity[i], 0f);
    }

    @Override
    protected void copyState(int i, Map<String, float[]> out) {
        out.put("square_avg", squareAvg[i].clone());
        if (momentumValue > 0) {
            out.put("velocity", velocity[i].clone());
        }
        if (centered) {
            out.put("grad_avg", gradAvg[i].clone());
        }
    }

    public double alpha() {
        return alphaValue;
    }

    public double eps() {
        return epsValue;
    }

    public double weightDecay() {
        return weightDecayValue;
    }

    public double momentum() {
        return momentumValue;
    }

    public boolean centered() {
        return centered;
    }
}
