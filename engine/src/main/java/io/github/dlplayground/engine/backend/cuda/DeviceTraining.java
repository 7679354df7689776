package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.List;

/**
 * Training steps with the network on the GPU: weights, gradients and optimizer state stay on the device across
 * batches; only the batch (images and labels) goes up and the per-sample losses and hits come down. One step:
 * zero gradients, forward, softmax cross-entropy (kernel), and — when the loss is finite — backward and the
 * optimizer's update. {@link #copyWeightsToHost()} brings the host {@link Sequential} up to date (for
 * evaluation, charts and model files). Training thread only; close it to free the GPU memory.
 */
public final class DeviceTraining implements TrainingStep {
    private final DeviceNetwork network;
    private final DeviceOptimizer optimizer;
    private final CudaDevice device;
    private final DeviceBuffer labels;
    private final DeviceBuffer gradient;
    private final DeviceBuffer rowLoss;
    private final DeviceBuffer correct;
    private final StepGraphs graphs = new StepGraphs();

    private DeviceTraining(DeviceNetwork network, DeviceOptimizer optimizer) {
        this.network = network;
        this.optimizer = optimizer;
        this.device = network.device();
        this.labels = device.buffer();
        this.gradient = device.buffer();
        this.rowLoss = device.buffer();
        this.correct = device.buffer();
        // Dropout takes a new seed every pass, which a recorded graph would freeze.
        graphs.enabled &= network.replayable();
    }

    /**
     * One sentence saying why this network cannot train on the GPU, or null when it can (a GPU must still be
     * present: {@link #create} says so otherwise).
     */
    public static String unsupported(NetworkSpec spec, Sequential network) {
        return DeviceNetwork.unsupported(spec, network);
    }

    /**
     * Copies the network (described by {@code spec}, weights from {@code network}) and the state of
     * {@code optimizer} — which must be over {@code network.parameters()} in order, freshly made — to the GPU.
     * Throws IllegalArgumentException, before touching the GPU, when a layer has no GPU kernels (BatchNorm)
     * ({@link #unsupported} says which), {@link CudaUnavailableException} without a GPU and
     * {@link CudaOutOfMemoryException} when it does not fit.
     */
    public static DeviceTraining create(NetworkSpec spec, Sequential network, Optimizer optimizer, long dropoutSeed) {
        String problem = unsupported(spec, network);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        CudaDevice device = CudaSession.open();
        synchronized (device) {
            DeviceNetwork gpuNetwork = DeviceNetwork.build(device, spec, network, dropoutSeed);
            try {
                if (optimizer.parameters().size() != gpuNetwork.parameters().size()) {
                    throw new IllegalArgumentException("the optimizer updates " + optimizer.parameters().size()
                            + " parameters but the network has " + gpuNetwork.parameters().size() + ".");
                }
                return new DeviceTraining(gpuNetwork, DeviceOptimizer.of(device, optimizer, gpuNetwork.parameters()));
            } catch (RuntimeException e) {
                gpuNetwork.close();
                throw e;
            }
        }
    }

    /** Null, or one sentence about a part that runs on the CPU (an optimizer without a GPU kernel). */
    public String note() {
        String rule = optimizer.note();
        return graphs.note == null ? rule : rule == null ? graphs.note : rule + " " + graphs.note;
    }

    /**
     * One optimizer step on a batch: images [n, …] as the spec's input, labels [n]. The second step of a batch
     * size is recorded as a CUDA graph (zero the gradients, forward, loss, backward) and later steps of that size
     * replay it: one launch instead of about eighty. Networks with dropout (a new seed every pass) and
     * {@code -Ddlplayground.cudaGraphs=false} launch kernel by kernel.
     */
    @Override
    public Outcome step(Tensor images, int[] labelValues) {
        int n = images.shape().dim(0);
        if (labelValues.length != n) {
            throw new IllegalArgumentException("a batch of " + n + " images needs " + n + " labels, got "
                    + labelValues.length);
        }
        int k = network.outputShape().size();
        checkLabels(labelValues, k);
        synchronized (device) {
            network.upload(images.data(), n);
            prepareLoss(labelValues, n, k);
            boolean backwardDone = replay(n, k);
            if (!backwardDone) {
                network.zeroGradients();
                launchLoss(network.forwardLayers(n, true), n, k);
            }
            Outcome result = readLoss(n);
            if (!Float.isFinite(result.loss())) {
                return new Outcome(result.loss(), result.accuracy(), false);
            }
            if (!backwardDone) {
                network.backward(gradient, n);
                graphs.warmed(n);
            }
            optimizer.step();
            return result;
        }
    }

    /** From now on every step launches its kernels one by one (to compare with the recorded step). */
    void launchKernelByKernel() {
        synchronized (device) {
            graphs.enabled = false;
            graphs.forget(device);
        }
    }

    /**
     * Runs the recorded step for batch size n (recording it first when the previous step of this size warmed
     * the buffers); false when this step must run kernel by kernel.
     */
    private boolean replay(int n, int k) {
        if (!graphs.enabled || graphs.batch != n) {
            return false;
        }
        if (graphs.exec != null && graphs.frees != device.frees()) {
            graphs.forget(device);
        }
        if (graphs.exec == null) {
            try {
                graphs.exec = device.record(() -> {
                    network.zeroGradients();
                    launchLoss(network.forwardLayers(n, true), n, k);
                    network.backward(gradient, n);
                });
                graphs.frees = device.frees();
            } catch (CudaCallException e) {
                graphs.enabled = false;
                graphs.note = "the training step could not be recorded as a CUDA graph (" + e.getMessage()
                        + "): kernels are launched one by one.";
                return false;
            }
        }
        device.replay(graphs.exec);
        return true;
    }

    /**
     * Runs {@code runs} steps on one batch timing every part ({@link StepProfile}) and describes the mean step.
     * Changes the weights like {@code runs + 2} steps would.
     */
    String profile(Tensor images, int[] labelValues, int runs) {
        int n = images.shape().dim(0);
        int k = network.outputShape().size();
        var profile = new StepProfile();
        synchronized (device) {
            for (int r = -2; r < runs; r++) {
                if (r == 0) {
                    profile.clear();
                }
                profile.time(device, "zero", network::zeroGradients);
                DeviceBuffer[] x = {null};
                profile.time(device, "upload", () -> x[0] = network.upload(images.data(), n));
                List<DeviceLayer> layers = network.layers();
                for (int i = 0; i < layers.size(); i++) {
                    DeviceLayer layer = layers.get(i);
                    profile.time(device, name(layer, i) + " fwd", () -> x[0] = layer.forward(x[0], n, true));
                }
                profile.time(device, "loss", () -> {
                    prepareLoss(labelValues, n, k);
                    launchLoss(x[0], n, k);
                    readLoss(n);
                });
                DeviceBuffer[] g = {gradient};
                for (int i = layers.size() - 1; i >= 0 && g[0] != null; i--) {
                    int at = i;
                    profile.time(device, name(layers.get(i), i) + " bwd", () -> g[0] = network.backward(at, g[0], n));
                }
                profile.time(device, "optimizer", optimizer::step);
            }
        }
        return profile.describe(runs);
    }

    private static String name(DeviceLayer layer, int index) {
        return layer.getClass().getSimpleName().replace("Device", "").toLowerCase(java.util.Locale.ROOT) + index;
    }

    /** Labels up, loss buffers sized (before the loss kernel, so that it can be recorded). */
    private void prepareLoss(int[] labelValues, int n, int k) {
        labels.ensure(n).uploadInts(labelValues);
        gradient.ensure((long) n * k);
        rowLoss.ensure(2L * n);
        correct.ensure(n);
    }

    /** The softmax cross-entropy kernel; ∂loss/∂logits stays on the device in {@code gradient}. */
    private void launchLoss(DeviceBuffer logits, int n, int k) {
        device.launch("softmax_cross_entropy", CudaDevice.blocks(n), 1, CudaDevice.THREADS, 1, logits, labels,
                gradient, rowLoss, correct, n, k);
    }

    /** Per-sample losses and hits down; their mean and the accuracy. */
    private Outcome readLoss(int n) {
        double[] losses = new double[n];
        int[] hits = new int[n];
        device.downloadDoubles(losses, rowLoss.pointer());
        correct.downloadInts(hits);
        double total = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            total += losses[i];
            right += hits[i];
        }
        return new Outcome(n == 0 ? 0f : (float) (total / n), n == 0 ? Double.NaN : (double) right / n, true);
    }

    private static void checkLabels(int[] labelValues, int k) {
        for (int i = 0; i < labelValues.length; i++) {
            if (labelValues[i] < 0 || labelValues[i] >= k) {
                throw new IllegalArgumentException("softmax cross-entropy: label " + labelValues[i] + " of sample "
                        + i + " is not one of the " + k + " classes 0…" + (k - 1));
            }
        }
    }

    /**
     * GPU weights → the host network's parameters. After a {@link CudaOutOfMemoryException} from {@link #step}
     * they are those of the last completed step (memory runs out while buffers grow, before any update).
     */
    @Override
    public void copyWeightsToHost() {
        synchronized (device) {
            network.downloadParameters();
        }
    }

    @Override
    public void close() {
        synchronized (device) {
            graphs.forget(device);
            optimizer.close();
            network.close();
            labels.close();
            gradient.close();
            rowLoss.close();
            correct.close();
        }
    }
}
