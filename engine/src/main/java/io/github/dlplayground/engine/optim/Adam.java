package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Adam, exactly torch.optim.Adam: g ← ∇θ + λθ; m ← β₁·m + (1 − β₁)·g; v ← β₂·v + (1 − β₂)·g²;
 * (AMSGrad: v_max ← max(v_max, v), used in place of v) θ ← θ − γ/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε),
 * i.e. θ ← θ − γ·m̂ / (√v̂ + ε) with the bias-corrected moments m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
 * Defaults as PyTorch: γ = 0.001, β = (0.9, 0.999), ε = 1e-8.
 */
public final class Adam extends Optimizer {
    public static final double DEFAULT_LR = 1e-3;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPS = 1e-8;

    private final double beta1Value;
    private final double beta2Value;
    private final double epsValue;
    private final double weightDecayValue;
    private final boolean amsgrad;
    private final float beta1;
    private final float oneMinusBeta1;
    private final float beta2;
    private final float oneMinusBeta2;
    private final float eps;
    private final float weightDecay;
    private final float[][] expAvg;
    private final float[][] expAvgSq;
    private final float[][] maxExpAvgSq;

    public Adam(List<Parameter> parameters) {
        this(parameters, DEFAULT_LR, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, 0, false);
    }

    public Adam(List<Parameter> parameters, double lr, double beta1, double beta2, double eps, double weightDecay,
                boolean amsgrad) {
        super("Adam", parameters, lr);
        this.beta1Value = Checks.unitOpen(name(), "beta1", beta1);
        this.beta2Value = Checks.unitOpen(name(), "beta2", beta2);
        this.epsValue = Checks.nonNegative(name(), "eps", eps);
        this.weightDecayValue = Checks.nonNegative(name(), "weight decay", weightDecay);
        this.amsgrad = amsgrad;
        this.beta1 = (float) beta1;
        this.oneMinusBeta1 = (float) (1 - beta1);
        this.beta2 = (float) beta2;
        this.oneMinusBeta2 = (float) (1 - beta2);
        this.eps = (float) eps;
        this.weightDecay = (float) weightDecay;
        expAvg = new float[parameterCount()][];
        expAvgSq = new float[parameterCount()][];
        maxExpAvgSq = new float[parameterCount()][];
        for (int i = 0; i < parameterCount(); i++) {
            expAvg[i] = new float[size(i)];
            expAvgSq[i] = new float[size(i)];
            maxExpAvgSq[i] = new float[amsgrad ? size(i) : 0];
        }
    }

    @Override
    protected void update(int i, float[] value, float[] grad, double lr, long step) {
        double biasCorrection1 = 1 - Math.pow(beta1Value, step);
        double biasCorrection2 = 1 - Math.pow(beta2Value, step);
        float negStepSize = (float) -(lr / biasCorrection1);
        float bc2Sqrt = (float) Math.sqrt(biasCorrection2);
        float[] m = expAvg[i];
        float[] v = expAvgSq[i];
        float[] vMax = maxExpAvgSq[i];
        for (int j = 0; j < value.length; j++) {
            float g = grad[j];
            if (weightDecayValue != 0) {
                g = g + weightDecay * value[j];
            }
            m[j] = m[j] * beta1 + oneMinusBeta1 * g;
            v[j] = v[j] * beta2 + oneMinusBeta2 * g * g;
            float second = v[j];
            if (amsgrad) {
                vMax[j] = Math.max(vMax[j], v[j]);
                second = vMax[j];
            }
            float denom = (float) Math.sqrt(second) / bc2Sqrt + eps;
            value[j] = value[j] + negStepSize * m[j] / denom;
        }
    }

    @Override
    protected void resetState(int i) {
        Arrays.fill(expAvg[i], 0f);
        Arrays.fill(expAvgSq[i], 0f);
        Arrays.fill(maxExpAvgSq[i], 0f);
    }

    @Override
    protected void copyState(int i, Map<String, float[]> out) {
        out.put("exp_avg", expAvg[i].clone());
        out.put("exp_avg_sq", expAvgSq[i].clone());
        if (amsgrad) {
            out.put("max_exp_avg_sq", maxExpAvgSq[i].clone());
        }
    }

    /** m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ) after the last step (zero before the first). */
    @Override
    protected void addDerived(int i, Map<String, float[]> out) {
        long t = stepCount();
        float[] mHat = new float[size(i)];
        float[] vHat = new float[size(i)];
        if (t > 0) {
            double bc1 = 1 - Math.pow(beta1Value, t);
            double bc2 = 1 - Math.pow(beta2Value, t);
            float[] v = amsgrad ? maxExpAvgSq[i] : expAvgSq[i];
            for (int j = 0; j < mHat.length; j++) {
                mHat[j] = (float) (expAvg[i][j] / bc1);
                vHat[j] = (float) (v[j] / bc2);
            }
        }
        out.put("exp_avg_hat", mHat);
        out.put("exp_avg_sq_hat", vHat);
    }

    public double beta1() {
        return beta1Value;
    }

    public double beta2() {
        return beta2Value;
    }

    public double eps() {
        return epsValue;
    }

    public double weightDecay() {
        return weightDecayValue;
    }

    public boolean amsgrad() {
        return amsgrad;
    }
}
