package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Tensor;

/**
 * Training steps on the GPU while it can, on the CPU otherwise: starts with the GPU-resident step when a GPU is
 * present and the network has kernels for every layer; when a GPU step fails (out of memory, a driver error)
 * the weights of the last completed step come back to the host network, the GPU is released and this and every
 * later step run on the CPU. {@link #note()} says in one sentence why the CPU is used, when it is.
 * Training thread only.
 */
public final class FallbackTraining implements TrainingStep {
    private final TrainingStep cpu;
    private TrainingStep gpu;
    private String note;

    /** With a GPU step already made (null: none) and the CPU step to fall back on. */
    FallbackTraining(TrainingStep gpu, TrainingStep cpu, String note) {
        this.gpu = gpu;
        this.cpu = cpu;
        this.note = note;
    }

    /**
     * Tries to put the network on the GPU ({@link DeviceTraining#create}); when that is impossible the CPU step
     * is used from the start and {@link #note()} says why.
     */
    public static FallbackTraining start(NetworkSpec spec, Sequential network, Optimizer optimizer, long dropoutSeed,
                                         TrainingStep cpu) {
        try {
            return new FallbackTraining(DeviceTraining.create(spec, network, optimizer, dropoutSeed), cpu, null);
        } catch (CudaUnavailableException | CudaCallException | IllegalArgumentException e) {
            return new FallbackTraining(null, cpu, "training on the CPU: " + e.getMessage());
        }
    }

    /** True while steps run on the GPU. */
    public boolean onGpu() {
        return gpu != null;
    }

    /** Null on the GPU, otherwise why the CPU trains. */
    public String note() {
        return note;
    }

    @Override
    public Outcome step(Tensor images, int[] labels) {
        if (gpu != null) {
            try {
                return gpu.step(images, labels);
            } catch (CudaCallException e) {
                note = "training moved to the CPU: " + e.getMessage();
                try {
                    release();
                } catch (RuntimeException lost) {
                    throw new IllegalStateException("the GPU failed (" + e.getMessage() + ") and its weights could not "
                            + "be brought back (" + lost.getMessage() + "): start the training again on the CPU", e);
                }
            }
        }
        return cpu.step(images, labels);
    }

    @Override
    public void copyWeightsToHost() {
        if (gpu != null) {
            gpu.copyWeightsToHost();
        }
    }

    /** Brings the weights of the last completed GPU step to the host, then frees the GPU. */
    private void release() {
        try {
            gpu.copyWeightsToHost();
        } finally {
            gpu.close();
            gpu = null;
        }
    }

    @Override
    public void close() {
        if (gpu != null) {
            release();
        }
        cpu.close();
    }
}
