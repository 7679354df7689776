package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent, with optional momentum, dampening, Nesterov momentum and weight decay,
 * exactly torch.optim.SGD: g ← ∇θ + λθ; if μ ≠ 0 { b ← g at the first step, else b ← μ·b + (1 − τ)·g;
 * g ← g + μ·b (Nesterov) or g ← b }; θ ← θ − γ·g. The learning rate γ has no default, as in PyTorch.
 */
public final class Sgd extends Optimizer {
    private final float momentum;
    private final float oneMinusDampening;
    private final float weightDecay;
    private final boolean nesterov;
    private final double momentumValue;
    private final double dampeningValue;
    private final double weightDecayValue;
    private final float[][] velocity;
    private final boolean[] started;

    /** Plain SGD: θ ← θ − γ·∇θ. */
    public Sgd(List<Parameter> parameters, double lr) {
        this(parameters, lr, 0, 0, 0, false);
    }

    public Sgd(List<Parameter> parameters, double lr, double momentum, double dampening, double weightDecay,
               boolean nesterov) {
        super(nesterov ? "Nesterov" : momentum != 0 ? "Momentum" : "SGD", parameters, lr);
        String rule = name();
        Checks.nonNegative(rule, "momentum", momentum);
        Checks.unitClosed(rule, "dampening", dampening);
        Checks.nonNegative(rule, "weight decay", weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("Nesterov: Nesterov momentum needs a positive momentum and zero "
                    + "dampening (as in torch.optim.SGD), got momentum " + momentum + " and dampening " + dampening);
        }
        this.momentumValue = momentum;
        this.dampeningValue = dampening;
        this.weightDecayValue = weightDecay;
        this.momentum = (float) momentum;
        this.oneMinusDampening = (float) (1 - dampening);
        this.weightDecay = (float) weightDecay;
        this.nesterov = nesterov;
        velocity = new float[parameterCount()][];
        started = new boolean[parameterCount()];
        for (int i = 0; i < parameterCount(); i++) {
            velocity[i] = momentum != 0 ? new float[size(i)] : new float[0];
        }
    }

    @Override
    protected void update(int i, float[] value, float[] grad, double lr, long step) {
        float negLr = (float) -lr;
        float[] buf = velocity[i];
        boolean first = !started[i];
        started[i] = true;
        for (int j = 0; j < value.length; j++) {
            float g = grad[j];
            if (weightDecayValue != 0) {
                g = g + weightDecay * value[j];
            }
            if (momentumValue != 0) {
                buf[j] = first ? g : buf[j] * momentum + oneMinusDampening * g;
                g = nesterov ? g + momentum * buf[j] : buf[j];
            }
            value[j] = value[j] + negLr * g;
        }
    }

    @Override
    protected void resetState(int i) {
        started[i] = false;
        Arrays.fill(velocity[i], 0f);
    }

    @Override
    protected void copyState(int i, Map<String, float[]> out) {
        if (momentumValue != 0) {
            out.put("velocity", velocity[i].clone());
        }
    }

    public double momentum() {
        return momentumValue;
    }

    public double dampening() {
        return dampeningValue;
    }

    public double weightDecay() {
        return weightDecayValue;
    }

    public boolean nesterov() {
        return nesterov;
    }
}
