package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.optim.Adam;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.optim.Sgd;

import java.util.ArrayList;
import java.util.List;

/**
 * The update rule of a CPU {@link Optimizer} applied to parameters on the GPU, with the same hyperparameters
 * and learning rate (read from the CPU optimizer at every step, so schedules and sliders work). SGD (momentum,
 * Nesterov, weight decay) and Adam (AMSGrad) run as kernels with their state on the device; any other rule runs
 * on the CPU: gradients come down, the CPU optimizer steps, values go back up ({@link #note()} says so).
 */
abstract class DeviceOptimizer implements AutoCloseable {
    protected final CudaDevice device;
    protected final Optimizer rule;
    protected final List<DeviceParameter> parameters;

    DeviceOptimizer(CudaDevice device, Optimizer rule, List<DeviceParameter> parameters) {
        this.device = device;
        this.rule = rule;
        this.parameters = List.copyOf(parameters);
    }

    /** The device version of {@code rule} over {@code parameters} (the same parameters, in the same order). */
    static DeviceOptimizer of(CudaDevice device, Optimizer rule, List<DeviceParameter> parameters) {
        if (rule instanceof Sgd sgd) {
            return new DeviceSgd(device, sgd, parameters);
        }
        if (rule instanceof Adam adam) {
            return new DeviceAdam(device, adam, parameters);
        }
        return new OnHost(device, rule, parameters);
    }

    abstract void step();

    /** Null, or one sentence when the rule does not run on the GPU. */
    String note() {
        return null;
    }

    @Override
    public void close() {
    }

    /** Buffers of zeros, one per parameter, for state such as velocities and moments. */
    protected List<DeviceBuffer> zeroState() {
        var state = new ArrayList<DeviceBuffer>();
        for (DeviceParameter p : parameters) {
            DeviceBuffer b = device.buffer().ensure(p.size());
            b.zero(p.size());
            state.add(b);
        }
        return state;
    }

    /** torch.optim.SGD as {@link Sgd} defines it, by the kernel sgd_update. */
    private static final class DeviceSgd extends DeviceOptimizer {
        private final Sgd sgd;
        private final List<DeviceBuffer> velocity;
        private boolean started;

        DeviceSgd(CudaDevice device, Sgd sgd, List<DeviceParameter> parameters) {
            super(device, sgd, parameters);
            this.sgd = sgd;
            this.velocity = sgd.momentum() != 0 ? zeroState() : List.of();
        }

        @Override
        void step() {
            float negLr = (float) -rule.learningRate();
            boolean momentum = sgd.momentum() != 0;
            for (int i = 0; i < parameters.size(); i++) {
                DeviceParameter p = parameters.get(i);
                DeviceBuffer v = momentum ? velocity.get(i) : p.grad();
                device.launchElementwise("sgd_update", p.size(), p.value(), p.grad(), v, (long) p.size(), negLr,
                        (float) sgd.momentum(), (float) (1 - sgd.dampening()), (float) sgd.weightDecay(),
                        sgd.weightDecay() != 0 ? 1 : 0, momentum ? 1 : 0, sgd.nesterov() ? 1 : 0, started ? 0 : 1);
            }
            started = true;
        }

        @Override
        public void close() {
            velocity.forEach(DeviceBuffer::close);
        }
    }

    /** torch.optim.Adam as {@link Adam} defines it, by the kernel adam_update; the step count t is kept here. */
    private static final class DeviceAdam extends DeviceOptimizer {
        private final Adam adam;
        private final List<DeviceBuffer> expAvg;
        private final List<DeviceBuffer> expAvgSq;
        private final List<DeviceBuffer> maxExpAvgSq;
        private long steps;

        DeviceAdam(CudaDevice device, Adam adam, List<DeviceParameter> parameters) {
            super(device, adam, parameters);
            this.adam = adam;
            this.expAvg = zeroState();
            this.expAvgSq = zeroState();
            this.maxExpAvgSq = adam.amsgrad() ? zeroState() : List.of();
        }

        @Override
        void step() {
            steps++;
            double biasCorrection1 = 1 - Math.pow(adam.beta1(), steps);
            double biasCorrection2 = 1 - Math.pow(adam.beta2(), steps);
            float negStepSize = (float) -(rule.learningRate() / biasCorrection1);
            float bc2Sqrt = (float) Math.sqrt(biasCorrection2);
            for (int i = 0; i < parameters.size(); i++) {
                DeviceParameter p = parameters.get(i);
                DeviceBuffer vMax = adam.amsgrad() ? maxExpAvgSq.get(i) : expAvgSq.get(i);
                device.launchElementwise("adam_update", p.size(), p.value(), p.grad(), expAvg.get(i),
                        expAvgSq.get(i), vMax, (long) p.size(), negStepSize, bc2Sqrt, (float) adam.beta1(),
                        (float) (1 - adam.beta1()), (float) adam.beta2(), (float) (1 - adam.beta2()),
                        (float) adam.eps(), (float) adam.weightDecay(), adam.weightDecay() != 0 ? 1 : 0,
                        adam.amsgrad() ? 1 : 0);
            }
        }

        @Override
        public void close() {
            expAvg.forEach(DeviceBuffer::close);
            expAvgSq.forEach(DeviceBuffer::close);
            maxExpAvgSq.forEach(DeviceBuffer::close);
        }
    }

    /** Any other rule: the CPU optimizer steps on downloaded values and gradients, the values go back up. */
    private static final class OnHost extends DeviceOptimizer {
        OnHost(CudaDevice device, Optimizer rule, List<DeviceParameter> parameters) {
            super(device, rule, parameters);
        }

        @Override
        void step() {
            for (DeviceParameter p : parameters) {
                p.download();
                p.downloadGrad();
            }
            rule.step();
            for (DeviceParameter p : parameters) {
                p.value().upload(p.host().value());
            }
        }

        @Override
        String note() {
            return rule.name() + " has no GPU kernel: its update runs on the CPU at every step (weights and "
                    + "gradients are copied across).";
        }
    }
}
