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
    /** Elements of all parameters together: the range of one update launch. */
    protected final long total;

    DeviceOptimizer(CudaDevice device, Optimizer rule, List<DeviceParameter> parameters) {
        this.device = device;
        this.rule = rule;
        this.parameters = List.copyOf(parameters);
        this.total = parameters.stream().mapToLong(DeviceParameter::size).sum();
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

    /**
     * The tables one update launch reads: [0] the end offset of each parameter in the launch's range (8 bytes
     * each), then a table of device pointers per list of buffers (one buffer per parameter), filled on the device.
     */
    protected List<DeviceBuffer> tables(List<List<DeviceBuffer>> perParameter) {
        int count = parameters.size();
        long[] ends = new long[count];
        long end = 0;
        for (int i = 0; i < count; i++) {
            end += parameters.get(i).size();
            ends[i] = end;
        }
        var tables = new ArrayList<DeviceBuffer>();
        DeviceBuffer endTable = device.buffer().ensure(2L * count);
        device.uploadLongs(endTable.pointer(), ends);
        tables.add(endTable);
        for (List<DeviceBuffer> buffers : perParameter) {
            DeviceBuffer table = device.buffer().ensure(2L * count);
            for (int i = 0; i < count; i++) {
                device.launch("store_pointer", 1, 1, 1, 1, table, i, buffers.get(i));
            }
            tables.add(table);
        }
        return tables;
    }

    protected List<DeviceBuffer> values() {
        return parameters.stream().map(DeviceParameter::value).toList();
    }

    protected List<DeviceBuffer> grads() {
        return parameters.stream().map(DeviceParameter::grad).toList();
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

    /** torch.optim.SGD as {@link Sgd} defines it, by the kernel sgd_update: one launch for every parameter. */
    private static final class DeviceSgd extends DeviceOptimizer {
        private final Sgd sgd;
        private final List<DeviceBuffer> velocity;
        /** Ends, values, gradients, velocities (the gradients again without momentum: never read then). */
        private final List<DeviceBuffer> tables;
        private boolean started;

        DeviceSgd(CudaDevice device, Sgd sgd, List<DeviceParameter> parameters) {
            super(device, sgd, parameters);
            this.sgd = sgd;
            this.velocity = sgd.momentum() != 0 ? zeroState() : List.of();
            this.tables = tables(List.of(values(), grads(), sgd.momentum() != 0 ? velocity : grads()));
        }

        @Override
        void step() {
            float negLr = (float) -rule.learningRate();
            device.launchElementwise("sgd_update", total, tables.get(1), tables.get(2), tables.get(3), tables.get(0),
                    parameters.size(), total, negLr, (float) sgd.momentum(), (float) (1 - sgd.dampening()),
                    (float) sgd.weightDecay(), sgd.weightDecay() != 0 ? 1 : 0, sgd.momentum() != 0 ? 1 : 0,
                    sgd.nesterov() ? 1 : 0, started ? 0 : 1);
            started = true;
        }

        @Override
        public void close() {
            velocity.forEach(DeviceBuffer::close);
            tables.forEach(DeviceBuffer::close);
        }
    }

    /**
     * torch.optim.Adam as {@link Adam} defines it, by the kernel adam_update (one launch for every parameter);
     * the step count t is kept here.
     */
    private static final class DeviceAdam extends DeviceOptimizer {
        private final Adam adam;
        private final List<DeviceBuffer> expAvg;
        private final List<DeviceBuffer> expAvgSq;
        private final List<DeviceBuffer> maxExpAvgSq;
        /** Ends, values, gradients, first moments, second moments, their maxima (the second moments without AMSGrad). */
        private final List<DeviceBuffer> tables;
        private long steps;

        DeviceAdam(CudaDevice device, Adam adam, List<DeviceParameter> parameters) {
            super(device, adam, parameters);
            this.adam = adam;
            this.expAvg = zeroState();
            this.expAvgSq = zeroState();
            this.maxExpAvgSq = adam.amsgrad() ? zeroState() : List.of();
            this.tables = tables(List.of(values(), grads(), expAvg, expAvgSq,
                    adam.amsgrad() ? maxExpAvgSq : expAvgSq));
        }

        @Override
        void step() {
            steps++;
            double biasCorrection1 = 1 - Math.pow(adam.beta1(), steps);
            double biasCorrection2 = 1 - Math.pow(adam.beta2(), steps);
            float negStepSize = (float) -(rule.learningRate() / biasCorrection1);
            float bc2Sqrt = (float) Math.sqrt(biasCorrection2);
            device.launchElementwise("adam_update", total, tables.get(1), tables.get(2), tables.get(3), tables.get(4),
                    tables.get(5), tables.get(0), parameters.size(), total, negStepSize, bc2Sqrt, (float) adam.beta1(),
                    (float) (1 - adam.beta1()), (float) adam.beta2(), (float) (1 - adam.beta2()), (float) adam.eps(),
                    (float) adam.weightDecay(), adam.weightDecay() != 0 ? 1 : 0, adam.amsgrad() ? 1 : 0);
        }

        @Override
        public void close() {
            expAvg.forEach(DeviceBuffer::close);
            expAvgSq.forEach(DeviceBuffer::close);
            maxExpAvgSq.forEach(DeviceBuffer::close);
            tables.forEach(DeviceBuffer::close);
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
