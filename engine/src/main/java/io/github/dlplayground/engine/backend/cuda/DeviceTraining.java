package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Tensor;

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

    private DeviceTraining(DeviceNetwork network, DeviceOptimizer optimizer) {
        this.network = network;
        this.optimizer = optimizer;
        this.device = network.device();
        this.labels = device.buffer();
        this.gradient = device.buffer();
        this.rowLoss = device.buffer();
        this.correct = device.buffer();
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
        return optimizer.note();
    }

    /** One optimizer step on a batch: images [n, …] as the spec's input, labels [n]. */
    @Override
    public Outcome step(Tensor images, int[] labelValues) {
        int n = images.shape().dim(0);
        if (labelValues.length != n) {
            throw new IllegalArgumentException("a batch of " + n + " images needs " + n + " labels, got "
                    + labelValues.length);
        }
        synchronized (device) {
            network.zeroGradients();
            DeviceBuffer logits = network.forward(images.data(), n, true);
            int k = network.outputShape().size();
            checkLabels(labelValues, k);
            Outcome result = loss(logits, labelValues, n, k);
            if (Float.isFinite(result.loss())) {
                network.backward(gradient, n);
                optimizer.step();
                return result;
            }
            return new Outcome(result.loss(), result.accuracy(), false);
        }
    }

    /** Runs the softmax cross-entropy kernel; ∂loss/∂logits stays on the device in {@code gradient}. */
    private Outcome loss(DeviceBuffer logits, int[] labelValues, int n, int k) {
        labels.ensure(n).uploadInts(labelValues);
        gradient.ensure((long) n * k);
        rowLoss.ensure(2L * n);
        correct.ensure(n);
        device.launch("softmax_cross_entropy", CudaDevice.blocks(n), 1, CudaDevice.THREADS, 1, logits, labels,
                gradient, rowLoss, correct, n, k);
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
            optimizer.close();
            network.close();
            labels.close();
            gradient.close();
            rowLoss.close();
            correct.close();
        }
    }
}
