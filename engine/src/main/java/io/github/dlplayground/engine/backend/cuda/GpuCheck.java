package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.backend.PureJavaBackend;
import io.github.dlplayground.engine.nn.AvgPool2d;
import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.LeakyRelu;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.nn.MaxPool2d;
import io.github.dlplayground.engine.nn.Relu;
import io.github.dlplayground.engine.nn.Sigmoid;
import io.github.dlplayground.engine.nn.Tanh;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * GPU-against-CPU agreement: every kernel is run on the GPU and its result compared with the pure-Java
 * engine on the same random inputs — SGEMM in all transpose cases, Linear, Conv2d, pooling, activations,
 * dropout (forward, backward and parameter gradients), then softmax cross-entropy, the optimizers and a few
 * LeNet training steps ({@link GpuTrainingCheck}). Errors are the largest absolute difference divided by
 * max(1, largest CPU magnitude). Used by the {@code gpu-check} command and by the GPU tests.
 */
public final class GpuCheck {
    /** One comparison: passed when {@code error ≤ tolerance}. */
    public record Result(String name, double error, double tolerance) {
        public boolean passed() {
            return error <= tolerance;
        }
    }

    private final CudaDevice device;
    private final MatrixBackend cpu;
    private final Consumer<Result> progress;
    private final List<Result> results = new ArrayList<>();

    private GpuCheck(CudaDevice device, Consumer<Result> progress) {
        this.device = device;
        this.cpu = new PureJavaBackend(Backends.pool());
        this.progress = progress;
    }

    /** Runs every check on GPU 0; throws {@link CudaUnavailableException} when there is none. */
    public static List<Result> run(Consumer<Result> progress) {
        var check = new GpuCheck(CudaSession.open(), progress);
        synchronized (check.device) {
            check.gemm();
            check.layers();
            new GpuTrainingCheck(check.device, check::record).run();
        }
        return List.copyOf(check.results);
    }

    private void record(Result result) {
        results.add(result);
        progress.accept(result);
    }

    /** max |cpu − gpu| / max(1, max |cpu|). */
    static double error(float[] cpu, float[] gpu) {
        double worst = 0;
        double scale = 1;
        for (int i = 0; i < cpu.length; i++) {
            double d = Math.abs((double) cpu[i] - gpu[i]);
            worst = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(worst, d);
            scale = Math.max(scale, Math.abs(cpu[i]));
        }
        return worst / scale;
    }

    static float[] random(Rng rng, int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = rng.nextFloat() * 2 - 1;
        }
        return x;
    }

    private void gemm() {
        var gpu = CudaBackend.load(cpu.pool(), () -> cpu, CudaDetector.detect());
        // {m, n, k}; the last two are split along k (few tiles, long depth: convolution weight gradients).
        int[][] shapes = {{37, 29, 45}, {256, 10, 256}, {6, 4704, 25}, {130, 70, 300}, {6, 25, 20000},
            {16, 150, 6400}};
        var rng = new Rng(5);
        for (int[] s : shapes) {
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0;
                boolean tb = (t & 2) != 0;
                float[] a = random(rng, s[0] * s[2]);
                float[] b = random(rng, s[2] * s[1]);
                float[] expected = random(rng, s[0] * s[1]);
                float[] actual = expected.clone();
                cpu.sgemm(ta, tb, s[0], s[1], s[2], 1.25f, a, b, 0.5f, expected);
                gpu.sgemm(ta, tb, s[0], s[1], s[2], 1.25f, a, b, 0.5f, actual);
                record(new Result("sgemm " + s[0] + "×" + s[2] + "·" + s[2] + "×" + s[1] + (ta ? " Aᵀ" : "")
                        + (tb ? " Bᵀ" : ""), error(expected, actual), Math.min(1e-5 * s[2], 1e-3)));
            }
        }
    }

    private void layers() {
        var linear = new Linear(50, 30);
        compare("linear", linear, new DeviceLinear(device, linear), Shape.of(50), 7, 1e-4);
        var conv = new Conv2d(3, 4, 3, 3, 1, 1, 1, 1);
        compare("conv2d 3→4 3×3 pad 1", conv, new DeviceConv2d(device, conv,
                Window.over(Shape.of(3, 9, 9), 3, 3, 1, 1, 1, 1)), Shape.of(3, 9, 9), 5, 1e-4);
        var strided = new Conv2d(2, 5, 5, 3, 2, 0, 2, 1);
        compare("conv2d 2→5 5×3 pad 2×0 stride 2×1", strided, new DeviceConv2d(device, strided,
                Window.over(Shape.of(2, 11, 8), 5, 3, 2, 0, 2, 1)), Shape.of(2, 11, 8), 3, 1e-4);
        Shape image = Shape.of(3, 8, 8);
        compare("maxpool 2×2", new MaxPool2d(2, 2), new DevicePool2d(device,
                Window.over(image, 2, 2, 0, 0, 2, 2), true), image, 4, 0);
        compare("maxpool 3×3 pad 1 stride 2", new MaxPool2d(3, 3, 1, 1, 2, 2), new DevicePool2d(device,
                Window.over(image, 3, 3, 1, 1, 2, 2), true), image, 4, 0);
        compare("avgpool 2×2", new AvgPool2d(2, 2), new DevicePool2d(device,
                Window.over(image, 2, 2, 0, 0, 2, 2), false), image, 4, 1e-6);
        compare("avgpool 3×3 pad 1 stride 2", new AvgPool2d(3, 3, 1, 1, 2, 2), new DevicePool2d(device,
                Window.over(image, 3, 3, 1, 1, 2, 2), false), image, 4, 1e-6);
        Shape flat = Shape.of(300);
        compare("relu", new Relu(), new DeviceActivation(device, DeviceActivation.Kind.RELU, 0f, flat), flat, 5, 0);
        compare("leaky relu", new LeakyRelu(0.1), new DeviceActivation(device, DeviceActivation.Kind.LEAKY_RELU,
                0.1f, flat), flat, 5, 0);
        compare("sigmoid", new Sigmoid(), new DeviceActivation(device, DeviceActivation.Kind.SIGMOID, 0f, flat),
                flat, 5, 1e-6);
        compare("tanh", new Tanh(), new DeviceActivation(device, DeviceActivation.Kind.TANH, 0f, flat), flat, 5,
                1e-6);
        dropout();
    }

    /**
     * Forward and backward of the CPU layer (pure Java) and its GPU twin on the same input and output gradient:
     * output, input gradient and every parameter gradient.
     */
    private void compare(String name, Layer cpuLayer, DeviceLayer gpuLayer, Shape sample, int n, double tolerance) {
        try (gpuLayer) {
            cpuLayer.useBackend(cpu);
            var rng = new Rng(name.hashCode());
            Tensor x = new Tensor(sample.withBatch(n), random(rng, n * sample.size()));
            Tensor y = cpuLayer.forward(x, true);
            DeviceBuffer input = device.buffer().ensure(x.size());
            input.upload(x.data());
            DeviceBuffer gpuY = gpuLayer.forward(input, n, true);
            record(new Result(name + " forward", error(y.data(), download(gpuY, y.size())), tolerance));
            Tensor dy = new Tensor(y.shape(), random(rng, y.size()));
            DeviceBuffer gpuDy = device.buffer().ensure(dy.size());
            gpuDy.upload(dy.data());
            for (DeviceParameter p : gpuLayer.parameters()) {
                p.grad().zero(p.size());
            }
            cpuLayer.parameters().forEach(p -> p.zeroGrad());
            Tensor dx = cpuLayer.backward(dy);
            DeviceBuffer gpuDx = gpuLayer.backward(gpuDy, n, true);
            record(new Result(name + " backward ∂x", error(dx.data(), download(gpuDx, dx.size())), tolerance));
            for (DeviceParameter p : gpuLayer.parameters()) {
                record(new Result(name + " ∂" + p.host().name(), error(p.host().grad(), download(p.grad(), p.size())),
                        tolerance * n));
            }
            input.close();
            gpuDy.close();
        }
    }

    /** The GPU's masks against the CPU rule: zero where Rng.hash(Rng.derive(seed, 0), i) &lt; p, else x/(1 − p). */
    private void dropout() {
        int size = 5000;
        float p = 0.3f;
        long seed = 42;
        var rng = new Rng(3);
        float[] x = random(rng, size);
        float[] expected = new float[size];
        long passSeed = Rng.derive(seed, 0);
        float keep = 1f / (1f - p);
        for (int i = 0; i < size; i++) {
            expected[i] = x[i] * (Rng.hash(passSeed, i) < p ? 0f : keep);
        }
        try (var layer = new DeviceDropout(device, p, seed, Shape.of(size));
             var input = device.buffer().ensure(size)) {
            input.upload(x);
            record(new Result("dropout mask", error(expected, download(layer.forward(input, 1, true), size)), 0));
        }
    }

    float[] download(DeviceBuffer buffer, int size) {
        float[] values = new float[size];
        buffer.download(values, 0, size);
        return values;
    }
}
