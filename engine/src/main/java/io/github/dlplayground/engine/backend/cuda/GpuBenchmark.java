package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.GemmBenchmark;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.data.Batches;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Adam;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.train.Evaluator;
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

    /** Samples/s of one SGD step on one random batch: the GPU-resident network against the CPU one. */
    void step(String name, NetworkSpec spec, int batch, double seconds) {
        Sequential cpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        cpuNet.useBackend(cpu);
        cpuNet.computeInputGradient(false);
        Sequential gpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        var rng = new Rng(1);
        Tensor images = new Tensor(spec.input().withBatch(batch), new float[batch * spec.input().size()]);
        for (int i = 0; i < images.size(); i++) {
            images.data()[i] = rng.nextFloat();
        }
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = rng.nextInt(10);
        }
        var optimizer = new Sgd(cpuNet.parameters(), 0.1);
        var loss = new SoftmaxCrossEntropy();
        double cpuSeconds = median(seconds, () -> {
            optimizer.zeroGrad();
            loss.forward(cpuNet.forward(images, true), labels);
            cpuNet.backward(loss.backward());
            optimizer.step();
        });
        double gpuSeconds;
        try (var gpu = DeviceTraining.create(spec, gpuNet, new Sgd(gpuNet.parameters(), 0.1), 0)) {
            gpuSeconds = median(seconds, () -> gpu.step(images, labels));
        }
        out.accept(String.format(java.util.Locale.ROOT, "step %-10s batch %d  GPU %.0f samples/s  %s %.0f samples/s"
                + "  ×%.1f", name, batch, batch / gpuSeconds, cpu.name(), batch / cpuSeconds, cpuSeconds / gpuSeconds));
    }

    /**
     * One epoch of {@code spec} with Adam (lr 0.001) at batch 256 on {@code train}, on the CPU and on the GPU from
     * the same weights and batches; seconds and test accuracy of each.
     */
    void epoch(String name, NetworkSpec spec, Dataset train, Dataset test) {
        Sequential cpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 3);
        cpuNet.useBackend(cpu);
        cpuNet.computeInputGradient(false);
        Sequential gpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 3);
        var batches = new Batches(train, 256, 3, true);
        batches.startEpoch(0);
        Optimizer cpuRule = new Adam(cpuNet.parameters());
        var loss = new SoftmaxCrossEntropy();
        long start = System.nanoTime();
        for (int b = 0; b < batches.batchCount(); b++) {
            Batches.Batch batch = batches.batch(b);
            cpuRule.zeroGrad();
            loss.forward(cpuNet.forward(batch.images(), true), batch.labels());
            cpuNet.backward(loss.backward());
            cpuRule.step();
        }
        double cpuSeconds = (System.nanoTime() - start) / 1e9;
        double gpuSeconds;
        try (var gpu = DeviceTraining.create(spec, gpuNet, new Adam(gpuNet.parameters()), 0)) {
            start = System.nanoTime();
            for (int b = 0; b < batches.batchCount(); b++) {
                Batches.Batch batch = batches.batch(b);
                gpu.step(batch.images(), batch.labels());
            }
            gpuSeconds = (System.nanoTime() - start) / 1e9;
            gpu.copyWeightsToHost();
        }
        gpuNet.useBackend(cpu);
        double cpuAccuracy = Evaluator.evaluate(cpuNet, test).accuracy();
        double gpuAccuracy = Evaluator.evaluate(gpuNet, test).accuracy();
        out.accept(String.format(java.util.Locale.ROOT, "epoch %-10s %d images, batch 256, Adam: GPU %.2f s, "
                + "accuracy %.2f%%  %s %.2f s, accuracy %.2f%%  ×%.1f faster, accuracy difference %.2f pt", name,
                train.size(), gpuSeconds, 100 * gpuAccuracy, cpu.name(), cpuSeconds, 100 * cpuAccuracy,
                cpuSeconds / gpuSeconds, 100 * Math.abs(gpuAccuracy - cpuAccuracy)));
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
