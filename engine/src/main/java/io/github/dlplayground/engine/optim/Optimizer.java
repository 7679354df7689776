package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates a list of parameters from their gradients, one rule per subclass, exactly as torch.optim does
 * it in float32 (hyperparameters are rounded to float where torch rounds them). State arrays are
 * allocated once per parameter; {@link #step()} allocates nothing. Thread contract: {@link #step()},
 * {@link #zeroGrad()} and {@link #reset()} on one (training) thread; {@link #setLearningRate(double)}
 * from any thread, taking effect at the next step; {@link #state(Parameter)} between steps.
 */
public abstract class Optimizer {
    private final String name;
    private final List<Parameter> parameters;
    private final Map<Parameter, Integer> index = new IdentityHashMap<>();
    private final float[][] previous;
    private final float[][] lastUpdate;
    private volatile double learningRate;
    private long stepCount;

    protected Optimizer(String name, List<Parameter> parameters, double learningRate) {
        this.name = name;
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException(name + ": there are no parameters to optimize");
        }
        this.parameters = List.copyOf(parameters);
        previous = new float[this.parameters.size()][];
        lastUpdate = new float[this.parameters.size()][];
        for (int i = 0; i < this.parameters.size(); i++) {
            Parameter p = this.parameters.get(i);
            if (index.put(p, i) != null) {
                throw new IllegalArgumentException(name + ": parameter " + p.name() + " is listed twice");
            }
            previous[i] = new float[p.size()];
            lastUpdate[i] = new float[p.size()];
        }
        this.learningRate = Checks.learningRate(name, learningRate);
    }

    /** Applies one update to every parameter from its current gradient. */
    public final void step() {
        double lr = learningRate;
        stepCount++;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            float[] value = p.value();
            System.arraycopy(value, 0, previous[i], 0, value.length);
            update(i, value, p.grad(), lr, stepCount);
            float[] before = previous[i];
            float[] delta = lastUpdate[i];
            for (int j = 0; j < value.length; j++) {
                delta[j] = value[j] - before[j];
            }
        }
    }

    /**
     * Updates parameter {@code i} in place.
     *
     * @param lr   the learning rate for this step
     * @param step the number of this step, 1 for the first
     */
    protected abstract void update(int i, float[] value, float[] grad, double lr, long step);

    /** Sets every gradient to zero (before the next backward pass accumulates into it). */
    public final void zeroGrad() {
        for (Parameter p : parameters) {
            p.zeroGrad();
        }
    }

    /** Forgets all state (moments, accumulators, step count), as a freshly built optimizer. */
    public final void reset() {
        stepCount = 0;
        for (int i = 0; i < parameters.size(); i++) {
            java.util.Arrays.fill(lastUpdate[i], 0f);
            resetState(i);
        }
    }

    protected abstract void resetState(int i);

    public final double learningRate() {
        return learningRate;
    }

    /** Any thread; used from the next {@link #step()} on. */
    public final void setLearningRate(double learningRate) {
        this.learningRate = Checks.learningRate(name, learningRate);
    }

    /** Steps taken since construction or {@link #reset()}. */
    public final long stepCount() {
        return stepCount;
    }

    /** The rule's name as students read it: "SGD", "Adam". */
    public final String name() {
        return name;
    }

    public final List<Parameter> parameters() {
        return parameters;
    }

    /**
     * Copies of the rule's state for one parameter, under torch's names where torch keeps them:
     * "velocity" (torch's momentum_buffer), "sum", "square_avg", "grad_avg", "acc_delta", "exp_avg",
     * "exp_avg_sq", "max_exp_avg_sq". Empty for plain SGD. Call between steps.
     */
    public final Map<String, float[]> state(Parameter p) {
        var out = new LinkedHashMap<String, float[]>();
        copyState(indexOf(p), out);
        return Collections.unmodifiableMap(out);
    }

    /**
     * Quantities derived from the state for teaching, computed here so that the screen shows the
     * engine's numbers: always "update" (θ after the last step − θ before it); Adam adds the
     * bias-corrected moments "exp_avg_hat" and "exp_avg_sq_hat".
     */
    public final Map<String, float[]> derived(Parameter p) {
        int i = indexOf(p);
        var out = new LinkedHashMap<String, float[]>();
        out.put("update", lastUpdate[i].clone());
        addDerived(i, out);
        return Collections.unmodifiableMap(out);
    }

    protected abstract void copyState(int i, Map<String, float[]> out);

    protected void addDerived(int i, Map<String, float[]> out) {
    }

    private int indexOf(Parameter p) {
        Integer i = index.get(p);
        if (i == null) {
            throw new IllegalArgumentException(name + " does not optimize parameter " + p.name());
        }
        return i;
    }

    protected final int parameterCount() {
        return parameters.size();
    }

    protected final int size(int i) {
        return parameters.get(i).size();
    }

    @Override
    public String toString() {
        return name + "(lr=" + learningRate + ")";
    }
}
