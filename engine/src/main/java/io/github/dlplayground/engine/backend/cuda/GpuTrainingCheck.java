package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.PureJavaBackend;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Adam;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The training half of {@link GpuCheck}: softmax cross-entropy (loss, accuracy, ∂logits), SGD with momentum,
 * Nesterov and weight decay and Adam with AMSGrad (three steps each, parameter by parameter), and five steps of
 * LeNet (sigmoid, SGD) and LeNet-ReLU (momentum; Adam) on one fixed random batch: the loss of every step and
 * the weights at the end (not after Adam: see {@link #run}), GPU against CPU from the same initial weights.
 */
final class GpuTrainingCheck {
    private static final int STEPS = 5;

    private final CudaDevice device;
    private final Consumer<GpuCheck.Result> record;

    GpuTrainingCheck(CudaDevice device, Consumer<GpuCheck.Result> record) {
        this.device = device;
        this.record = record;
    }

    void run() {
        softmaxCrossEntropy();
        optimizer("sgd momentum nesterov weight decay", ps -> new Sgd(ps, 0.05, 0.9, 0, 1e-3, true));
        optimizer("sgd momentum dampening", ps -> new Sgd(ps, 0.1, 0.8, 0.2, 0, false));
        optimizer("adam", ps -> new Adam(ps, 1e-2, 0.9, 0.999, 1e-8, 0, false));
        optimizer("adam amsgrad weight decay", ps -> new Adam(ps, 1e-2, 0.8, 0.99, 1e-6, 1e-2, true));
        lenet("lenet", "sgd", ps -> new Sgd(ps, 0.9), true);
        lenet("lenet-relu", "momentum", ps -> new Sgd(ps, 0.05, 0.9, 0, 0, false), true);
        // Adam moves every weight by about lr whatever the size of its gradient, so a gradient of 1e-9 on one
        // side and -1e-9 on the other (float rounding where ReLU and max pooling meet ties) puts weights lr
        // apart: its loss curve is compared, its update rule is checked alone above.
        lenet("lenet-relu", "adam", ps -> new Adam(ps, 1e-3, 0.9, 0.999, 1e-8, 0, false), false);
    }

    private void softmaxCrossEntropy() {
        int n = 33;
        int k = 10;
        var rng = new Rng(8);
        float[] z = GpuCheck.random(rng, n * k);
        for (int i = 0; i < z.length; i++) {
            z[i] *= 20;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(k);
        }
        var cpu = new SoftmaxCrossEntropy();
        float loss = cpu.forward(new Tensor(Shape.of(n, k), z), labels);
        float[] gradient = cpu.backward().data();
        try (var logits = device.buffer().ensure(n * k); var labelBuffer = device.buffer().ensure(n);
             var grad = device.buffer().ensure(n * k); var rows = device.buffer().ensure(2L * n);
             var hits = device.buffer().ensure(n)) {
            logits.upload(z);
            labelBuffer.uploadInts(labels);
            device.launch("softmax_cross_entropy", 1, 1, CudaDevice.THREADS, 1, logits, labelBuffer, grad, rows,
                    hits, n, k);
            double[] rowLoss = new double[n];
            device.downloadDoubles(rowLoss, rows.pointer());
            double total = 0;
            for (double r : rowLoss) {
                total += r;
            }
            record.accept(new GpuCheck.Result("softmax cross-entropy loss",
                    Math.abs(loss - (float) (total / n)) / Math.max(1, Math.abs(loss)), 1e-6));
            float[] g = new float[n * k];
            grad.download(g);
            record.accept(new GpuCheck.Result("softmax cross-entropy ∂logits", GpuCheck.error(gradient, g), 1e-6));
        }
    }

    /** Three steps of the CPU rule and its device twin on copies of the same parameters and gradients. */
    private void optimizer(String name, Function<List<Parameter>, Optimizer> rule) {
        var rng = new Rng(name.hashCode());
        List<Parameter> cpuParams = new ArrayList<>();
        List<Parameter> gpuHost = new ArrayList<>();
        for (int size : new int[] {37, 300}) {
            float[] values = GpuCheck.random(rng, size);
            cpuParams.add(new Parameter("p" + size, Shape.of(size), values.clone()));
            gpuHost.add(new Parameter("p" + size, Shape.of(size), values.clone()));
        }
        Optimizer cpu = rule.apply(cpuParams);
        List<DeviceParameter> gpuParams = gpuHost.stream().map(p -> new DeviceParameter(device, p)).toList();
        try (var gpu = DeviceOptimizer.of(device, rule.apply(gpuHost), gpuParams)) {
            for (int step = 0; step < 3; step++) {
                for (int i = 0; i < cpuParams.size(); i++) {
                    float[] g = GpuCheck.random(rng, cpuParams.get(i).size());
                    System.arraycopy(g, 0, cpuParams.get(i).grad(), 0, g.length);
                    gpuParams.get(i).grad().upload(g);
                }
                cpu.step();
                gpu.step();
            }
            double worst = 0;
            for (int i = 0; i < cpuParams.size(); i++) {
                gpuParams.get(i).download();
                worst = Math.max(worst, GpuCheck.error(cpuParams.get(i).value(), gpuHost.get(i).value()));
            }
            record.accept(new GpuCheck.Result(name + " (3 steps)", worst, 1e-6));
        } finally {
            gpuParams.forEach(DeviceParameter::close);
        }
    }

    /** A few steps of a preset network on one random batch of 64 images, CPU and GPU from the same weights. */
    private void lenet(String preset, String ruleName, Function<List<Parameter>, Optimizer> rule,
                       boolean compareWeights) {
        NetworkSpec spec = GpuReport.preset(preset);
        Sequential cpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 7);
        Sequential gpuNet = NetworkBuilder.build(spec, WeightInit.XAVIER, 7);
        cpuNet.useBackend(new PureJavaBackend(Backends.pool()));
        cpuNet.computeInputGradient(false);
        int n = 64;
        var rng = new Rng(9);
        Tensor images = new Tensor(spec.input().withBatch(n), new float[n * spec.input().size()]);
        for (int i = 0; i < images.size(); i++) {
            images.data()[i] = rng.nextFloat();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(10);
        }
        Optimizer cpu = rule.apply(cpuNet.parameters());
        var loss = new SoftmaxCrossEntropy();
        try (var gpu = DeviceTraining.create(spec, gpuNet, rule.apply(gpuNet.parameters()), 0)) {
            double worstLoss = 0;
            var curve = new StringBuilder();
            for (int step = 0; step < STEPS; step++) {
                cpu.zeroGrad();
                float cpuLoss = loss.forward(cpuNet.forward(images, true), labels);
                cpuNet.backward(loss.backward());
                cpu.step();
                float gpuLoss = gpu.step(images, labels).loss();
                worstLoss = Math.max(worstLoss, Math.abs(cpuLoss - gpuLoss) / Math.max(1, Math.abs(cpuLoss)));
                curve.append(String.format(java.util.Locale.ROOT, " %.4f/%.4f", cpuLoss, gpuLoss));
            }
            String name = preset + " " + ruleName;
            record.accept(new GpuCheck.Result(name + " loss curve (cpu/gpu)" + curve, worstLoss, 1e-3));
            if (!compareWeights) {
                return;
            }
            gpu.copyWeightsToHost();
            double worstWeight = 0;
            for (int i = 0; i < cpuNet.parameters().size(); i++) {
                worstWeight = Math.max(worstWeight, GpuCheck.error(cpuNet.parameters().get(i).value(),
                        gpuNet.parameters().get(i).value()));
            }
            record.accept(new GpuCheck.Result(name + " weights after " + STEPS + " steps", worstWeight, 1e-3));
        }
    }
}
