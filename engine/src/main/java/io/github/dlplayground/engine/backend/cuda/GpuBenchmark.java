package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.backend.BackendStatus;
import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.GemmBenchmark;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingListener;
import io.github.dlplayground.engine.util.Rng;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * GPU speed against the engine's default CPU backend on this machine: SGEMM GFLOP/s with operands resident on
 * the GPU (the kernel alone) and through the backend (copies per call); samples per second of a training step
 * (GPU-resident network against the CPU Sequential); and one epoch of a network on a dataset by both, giving the
 * seconds and the test accuracy of each (same seed, same batches). Lines go to {@code out}.
 */
final class GpuBenchmark {
    private final CudaDevice device;
    private final Consumer<String> out;
    private final MatrixBackend cpu = Backends.defaultBackend();

    GpuBenchmark(CudaDevice device, Consumer<String> out) {
        this.device = device;
        this.out = out;
    }

    /** GFLOP/s = 2·m·n·k / seconds, best of {@code runs}, for the kernel on resident buffers, the backend and the CPU. */
    void gemm(int m, int k, int n, int runs) {
        double resident;
        try (var a = device.buffer().ensure((long) m * k); var b = device.buffer().ensure((long) k * n);
             var c = device.buffer().ensure((long) m * n)) {
            a.zero((long) m * k);
            b.zero((long) k * n);
            resident = best(2.0 * m * n * k, runs, () -> {
                Gemm.launch(device, false, false, m, n, k, 1f, a.pointer(), k, b.pointer(), n, 0f, c.pointer(), n);
                device.synchronize();
            });
        }
        double copied = GemmBenchmark.measure(Backends.select("cuda"), m, k, n, runs).best();
        double host = GemmBenchmark.measure(cpu, m, k, n, runs).best();
        out.accept(String.format(java.util.Locale.ROOT, "sgemm %d×%d·%d×%d  GPU resident %.1f  GPU via copies %.1f"
                + "  %s %.1f GFLOP/s", m, k, k, n, resident, copied, cpu.name(), host));
    }

    /**
     * Samples/s of one SGD step on one random batch: the GPU-resident network against the CPU one on every
     * CPU backend available here (the ratio is to the fastest of them).
     */
    void step(String name, NetworkSpec spec, int batch, double seconds) {
        var rng = new Rng(1);
        Tensor images = new Tensor(spec.input().withBatch(batch), new float[batch * spec.input().size()]);
        for (int i = 0; i < images.size(); i++) {
            images.data()[i] = rng.nextFloat();
        }
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = rng.nextInt(10);
        }
        var cpuRates = new StringBuilder();
        double bestCpu = Double.POSITIVE_INFINITY;
        for (BackendStatus status : Backends.probe()) {
            if (status.available() && !status.name().equals("cuda")) {
                double s = cpuStep(spec, Backends.select(status.name()), images, labels, seconds);
                bestCpu = Math.min(bestCpu, s);
                cpuRates.append(String.format(java.util.Locale.ROOT, "  %s %.0f", status.name(), batch / s));
            }
        }
        double gpuSeconds = gpuStep(spec, images, labels, seconds, true);
        double launchedSeconds = gpuStep(spec, images, labels, seconds, false);
        String profile;
        Sequential gpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        try (var gpu = DeviceTraining.create(spec, gpuNet, new Sgd(gpuNet.parameters(), 0.1), 0)) {
            profile = gpu.profile(images, labels, 10);
        }
        out.accept(String.format(java.util.Locale.ROOT, "step %-10s batch %d  GPU %.0f samples/s (kernel by kernel "
                + "%.0f) %s samples/s  ×%.1f the fastest CPU backend", name, batch, batch / gpuSeconds,
                batch / launchedSeconds, cpuRates, bestCpu / gpuSeconds));
        out.accept("  GPU step in parts (ms): " + profile);
    }

    /** Median seconds of a GPU step, its graph recorded and replayed or not. */
    private double gpuStep(NetworkSpec spec, Tensor images, int[] labels, double seconds, boolean graphs) {
        Sequential net = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        try (var gpu = DeviceTraining.create(spec, net, new Sgd(net.parameters(), 0.1), 0)) {
            if (!graphs) {
                gpu.launchKernelByKernel();
            }
            double median = median(seconds, () -> gpu.step(images, labels));
            if (gpu.note() != null) {
                out.accept("  note: " + gpu.note());
            }
            return median;
        }
    }

    private static double cpuStep(NetworkSpec spec, MatrixBackend backend, Tensor images, int[] labels,
                                  double seconds) {
        Sequential net = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        net.useBackend(backend);
        net.computeInputGradient(false);
        var optimizer = new Sgd(net.parameters(), 0.1);
        var loss = new SoftmaxCrossEntropy();
        return median(seconds, () -> {
            optimizer.zeroGrad();
            loss.forward(net.forward(images, true), labels);
            net.backward(loss.backward());
            optimizer.step();
        });
    }

    /**
     * One epoch of a preset as {@code train --preset NAME --epochs 1} runs it (its optimizer, batch size, init and
     * seed; the engine's {@link Trainer}), on the CPU and with {@link Trainer#trainOnGpu}: the best seconds of the
     * training steps in two CPU and three GPU epochs (each from the start again) and the test accuracy after the
     * first of each.
     */
    void epoch(String name, NetworkFile preset, Dataset train, Dataset test) {
        TrainingConfig config = preset.training().withEpochs(1);
        double[] host = bestEpoch(2, () -> fit(preset.network(), config, train, test, false));
        double[] gpu = bestEpoch(3, () -> fit(preset.network(), config, train, test, true));
        out.accept(String.format(java.util.Locale.ROOT, "epoch %-10s %d images, batch %d, %s: GPU %.3f s, "
                + "accuracy %.2f%%  %s %.3f s, accuracy %.2f%%  ×%.1f faster, accuracy difference %.2f pt", name,
                train.size(), config.batchSize(), config.optimizer().displayName(), gpu[0], 100 * gpu[1], cpu.name(),
                host[0], 100 * host[1], host[0] / gpu[0], 100 * Math.abs(gpu[1] - host[1])));
    }

    /** {training seconds, test accuracy} of one epoch by the Trainer, on the GPU or on the CPU backend. */
    private double[] fit(NetworkSpec spec, TrainingConfig config, Dataset train, Dataset test, boolean onGpu) {
        Sequential net = NetworkBuilder.build(spec, config.init(), config.seed());
        net.useBackend(cpu);
        try (var trainer = new Trainer(net, config)) {
            if (onGpu) {
                String note = trainer.trainOnGpu(spec);
                if (note != null) {
                    throw new IllegalStateException(note);
                }
            }
            EpochMetrics epoch = trainer.fit(train, test, new TrainingListener() {
            }).history().get(0);
            if (onGpu && trainer.gpuNote() != null) {
                throw new IllegalStateException(trainer.gpuNote());
            }
            return new double[] {epoch.seconds(), epoch.evalAccuracy()};
        }
    }

    /** {seconds, accuracy}: the fewest seconds of {@code runs} runs, the accuracy of the first. */
    private static double[] bestEpoch(int runs, java.util.function.Supplier<double[]> run) {
        double[] first = run.get();
        double best = first[0];
        for (int r = 1; r < runs; r++) {
            best = Math.min(best, run.get()[0]);
        }
        return new double[] {best, first[1]};
    }

    private static double best(double work, int runs, Runnable product) {
        product.run();
        double top = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            product.run();
            top = Math.max(top, work / Math.max(1, System.nanoTime() - start));
        }
        return top;
    }

    /** Median seconds of {@code step} over about {@code seconds} of runs, after three warm-up runs. */
    private static double median(double seconds, Runnable step) {
        for (int i = 0; i < 3; i++) {
            step.run();
        }
        double[] times = new double[16];
        int count = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (count < 5 || System.nanoTime() < end) {
            long start = System.nanoTime();
            step.run();
            if (count == times.length) {
                times = Arrays.copyOf(times, 2 * count);
            }
            times[count++] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = Arrays.copyOf(times, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
}
