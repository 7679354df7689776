package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * AdaGrad, exactly torch.optim.Adagrad: g ← ∇θ + λθ; γ̃ ← γ / (1 + (t − 1)·η); s ← s + g²;
 * θ ← θ − γ̃·g / (√s + ε). Defaults as PyTorch: γ = 0.01, η (lr decay) = 0, s₀ = 0, ε = 1e-10.
 */
public final class AdaGrad extends Optimizer {
    public static final double DEFAULT_LR = 0.01;
    public static final double DEFAULT_EPS = 1e-10;

    private final double lrDecay;
    private final double weightDecayValue;
    private final double initialAccumulator;
    private final double epsValue;
    private final float weightDecay;
    private final float eps;
    private final float[][] sum;

    public AdaGrad(List<Parameter> parameters) {
        this(parameters, DEFAULT_LR, 0, DEFAULT_EPS);
    }

    public AdaGrad(List<Parameter> parameters, double lr, double weightDecay, double eps) {
        this(parameters, lr, 0, weightDecay, 0, eps);
    }

    public AdaGrad(List<Parameter> parameters, double lr, double lrDecay, double weightDecay,
                   double initialAccumulatorValue, double eps) {
        super("AdaGrad", parameters, lr);
        this.lrDecay = Checks.nonNegative(name(), "the learning-rate decay", lrDecay);
        this.weightDecayValue = Checks.nonNegative(name(), "weight decay", weightDecay);
        this.initialAccumulator = Checks.nonNegative(name(), "the initial accumulator value", initialAccumulatorValue);
        this.epsValue = Checks.nonNegative(name(), "eps", eps);
        this.weightDecay = (float) weightDecay;
        this.eps = (float) eps;
        sum = new float[parameterCount()][];
        for (int i = 0; i < parameterCount(); i++) {
            sum[i] = new float[size(i)];
            resetState(i);
        }
    }

    @Override
    protected void update(int i, float[] value, float[] grad, double lr, long step) {
        double clr = lr / (1 + (step - 1) * lrDecay);
        float negClr = (float) -clr;
        float[] s = sum[i];
        for (int j = 0; j < value.length; j++) {
            float g = grad[j];
            if (weightDecayValue != 0) {
                g = g + weightDecay * value[j];
            }
            s[j] = s[j] + g * g;
            float std = (float) Math.sqrt(s[j]) + eps;
            value[j] = value[j] + negClr * g / std;
        }
    }

    @Override
    protected void resetState(int i) {
        Arrays.fill(sum[i], (float) initialAccumulator);
    }

    @Override
    protected void copyState(int i, Map<String, float[]> out) {
        out.put("sum", sum[i].clone());
    }

    public double lrDecay() {
        return lrDecay;
    }

    public double weightDecay() {
        return weightDecayValue;
    }

    public double eps() {
        return epsValue;
    }
}
