package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * AdaDelta, exactly torch.optim.Adadelta: g ← ∇θ + λθ; v ← ρ·v + (1 − ρ)·g²;
 * Δ ← √(u + ε) / √(v + ε) · g; u ← ρ·u + (1 − ρ)·Δ²; θ ← θ − γ·Δ.
 * Defaults as PyTorch: γ = 1, ρ = 0.9, ε = 1e-6.
 */
public final class AdaDelta extends Optimizer {
    public static final double DEFAULT_LR = 1.0;
    public static final double DEFAULT_RHO = 0.9;
    public static final double DEFAULT_EPS = 1e-6;

    private final double rhoValue;
    private final double epsValue;
    private final double weightDecayValue;
    private final float rho;
    private final float oneMinusRho;
    private final float eps;
    private final float weightDecay;
    private final float[][] squareAvg;
    private final float[][] accDelta;

    public AdaDelta(List<Parameter> parameters) {
        this(parameters, DEFAULT_LR, DEFAULT_RHO, DEFAULT_EPS, 0);
    }

    public AdaDelta(List<Parameter> parameters, double lr, double rho, double eps, double weightDecay) {
        super("AdaDelta", parameters, lr);
        this.rhoValue = Checks.unitClosed(name(), "rho", rho);
        this.epsValue = Checks.nonNegative(name(), "eps", eps);
        this.weightDecayValue = Checks.nonNegative(name(), "weight decay", weightDecay);
        this.rho = (float) rho;
        this.oneMinusRho = (float) (1 - rho);
        this.eps = (float) eps;
        this.weightDecay = (float) weightDecay;
        squareAvg = new float[parameterCount()][];
        accDelta = new float[parameterCount()][];
        for (int i = 0; i < parameterCount(); i++) {
            squareAvg[i] = new float[size(i)];
            accDelta[i] = new float[size(i)];
        }
    }

    @Override
    protected void update(int i, float[] value, float[] grad, double lr, long step) {
        float negLr = (float) -lr;
        float[] v = squareAvg[i];
        float[] u = accDelta[i];
        for (int j = 0; j < value.length; j++) {
            float g = grad[j];
            if (weightDecayValue != 0) {
                g = g + weightDecay * value[j];
            }
            v[j] = v[j] * rho + oneMinusRho * g * g;
            float std = (float) Math.sqrt(v[j] + eps);
            float delta = (float) Math.sqrt(u[j] + eps) / std * g;
            u[j] = u[j] * rho + oneMinusRho * delta * delta;
            value[j] = value[j] + negLr * delta;
        }
    }

    @Override
    protected void resetState(int i) {
        Arrays.fill(squareAvg[i], 0f);
        Arrays.fill(accDelta[i], 0f);
    }

    @Override
    protected void copyState(int i, Map<String, float[]> out) {
        out.put("square_avg", squareAvg[i].clone());
        out.put("acc_delta", accDelta[i].clone());
    }

    public double rho() {
        return rhoValue;
    }

    public double eps() {
        return epsValue;
    }

    public double weightDecay() {
        return weightDecayValue;
    }
}
