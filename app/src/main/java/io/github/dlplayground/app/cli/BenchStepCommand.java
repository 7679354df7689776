package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.backend.BackendStatus;
import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.MatrixBackend;
import io.github.dlplayground.engine.backend.cuda.DeviceTraining;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Init;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench step}: samples per second of one training step (zero gradients, forward, softmax cross-entropy,
 * backward, optim.Sgd update) on a fixed batch of random 1×28×28 images, from the median step time. With the
 * backend cuda the whole step runs on the GPU with the network resident there ({@link DeviceTraining}); "all"
 * times every available backend in turn.
 */
@Command(name = "step", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints samples/s for forward + backward + SGD update of a preset network",
            "(median step time over the timed steps, after warm-up). Data: one fixed batch of random images."})
public final class BenchStepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME", description = "mlp, lenet or lenet-relu")
    String preset;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "batch size (256)")
    int batch;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "auto",
            description = "auto (fastest CPU backend), cuda (GPU-resident step), openblas, jblas, java, or all "
                    + "(every available one)")
    String backend;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3", description = "time spent on timed steps (3)")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "3",
            description = "untimed steps first, for at least this long (3): the JIT compiles the hot loops then")
    double warmup;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        }
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("--seconds must be positive, got " + seconds);
        }
        if (!(warmup >= 0)) {
            throw new IllegalArgumentException("--warmup must not be negative, got " + warmup);
        }
        NetworkSpec networkSpec = BenchNetworks.spec(preset);
        Tensor images = randomImages();
        int[] labels = randomLabels();
        for (String name : backendNames()) {
            MatrixBackend matrices = Backends.select(name);
            Sequential net = BenchNetworks.create(preset);
            net.useBackend(matrices);
            net.initialize(Init.xavierUniform(), new Rng(0));
            net.computeInputGradient(false);
            double[] stepSeconds;
            if (matrices.name().equals("cuda")) {
                try (var gpu = DeviceTraining.create(networkSpec, net, new Sgd(net.parameters(), 0.1), 0)) {
                    stepSeconds = timeSteps(() -> gpu.step(images, labels));
                }
            } else {
                stepSeconds = timeSteps(cpuStep(net, images, labels));
            }
            double median = median(stepSeconds);
            print(matrices, batch / median, median, stepSeconds.length);
        }
        return 0;
    }

    private List<String> backendNames() {
        if (!backend.trim().equalsIgnoreCase("all")) {
            return List.of(backend);
        }
        var names = new ArrayList<String>();
        for (BackendStatus status : Backends.probe()) {
            if (status.available()) {
                names.add(status.name());
            }
        }
        return names;
    }

    private Tensor randomImages() {
        var rng = new Rng(1);
        Tensor images = Tensor.zeros(batch, 1, 28, 28);
        for (int i = 0; i < images.size(); i++) {
            images.data()[i] = rng.nextFloat();
        }
        return images;
    }

    private int[] randomLabels() {
        var rng = new Rng(2);
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = rng.nextInt(10);
        }
        return labels;
    }

    private static Runnable cpuStep(Sequential net, Tensor images, int[] labels) {
        var optimizer = new Sgd(net.parameters(), 0.1);
        var loss = new SoftmaxCrossEntropy();
        return () -> {
            optimizer.zeroGrad();
            loss.forward(net.forward(images, true), labels);
            net.backward(loss.backward());
            optimizer.step();
        };
    }

    private double[] timeSteps(Runnable step) {
        long warmUpEnd = System.nanoTime() + (long) (warmup * 1e9);
        for (int i = 0; i < 3 || System.nanoTime() < warmUpEnd; i++) {
            step.run();
        }
        double[] times = new double[64];
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
        return Arrays.copyOf(times, count);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void print(MatrixBackend matrices, double samplesPerSecond, double median, int steps) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(BenchJson.line("backend", matrices.name(), "preset", preset, "batch", batch,
                    "samples_per_s", BenchJson.round1(samplesPerSecond)));
        } else {
            out.println("backend " + matrices.name() + ": " + matrices.detail());
            out.println("step: zero gradients, forward, softmax cross-entropy, backward, optim.Sgd (lr 0.1)"
                    + (matrices.name().equals("cuda") ? ", all on the GPU with the network resident there" : ""));
            out.printf(Locale.ROOT, "%-10s %-6s %12s %16s %6s%n", "preset", "batch", "samples/s", "ms/step median",
                    "steps");
            out.printf(Locale.ROOT, "%-10s %-6d %12.1f %16.2f %6d%n", preset, batch, samplesPerSecond, median * 1e3,
                    steps);
        }
        out.flush();
    }
}
