package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The GPU machine's one command (run by .gpu/run.sh, from the app jar or from the engine's jars alone): every
 * agreement check ({@link GpuCheck}), then the benchmarks ({@link GpuBenchmark}: SGEMM, training steps of the
 * preset networks at batch 256, one epoch of LeNet-ReLU and of LeNet on Fashion-MNIST), printed and written as Markdown to
 * the file given as the first argument. The epoch uses the folder given as the second argument (the four
 * official files, raw or gzip), else the shipped subset. Exit status 0 when every check passed, 1 when one
 * failed, 2 without a GPU, 3 when the data folder given lacks the files.
 */
public final class GpuReport {
    private final List<String> lines = new ArrayList<>();
    private final Path dataFolder;

    private GpuReport(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "gpu-report.md").toAbsolutePath();
        CudaStatus status = CudaDetector.detect();
        if (!status.available()) {
            System.err.println("no GPU: " + status.reason());
            System.exit(2);
        }
        Path data = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : null;
        if (data != null && !Files.isDirectory(data)) {
            System.err.println("the data folder " + data + " does not exist: give a folder holding the four "
                    + "Fashion-MNIST files, or leave the argument out to use the shipped subset");
            System.exit(3);
        }
        var report = new GpuReport(data);
        long failed = report.run();
        report.write(target);
        System.out.println("report written to " + target);
        System.exit(failed == 0 ? 0 : 1);
    }

    private void say(String line) {
        lines.add(line);
        System.out.println(line);
        System.out.flush();
    }

    private long run() {
        CudaDevice device = CudaSession.open();
        say("GPU: " + device.info().describe());
        say("Java: " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " CPU cores");
        say("");
        say("## Agreement with the pure-Java engine");
        List<GpuCheck.Result> results = GpuCheck.run(r -> say(String.format(java.util.Locale.ROOT,
                "%-4s %-70s error %.2e (tolerance %.1e)", r.passed() ? "ok" : "FAIL", r.name(), r.error(),
                r.tolerance())));
        long failed = results.stream().filter(r -> !r.passed()).count();
        say((results.size() - failed) + " passed, " + failed + " failed");
        say("");
        say("## Speed");
        var bench = new GpuBenchmark(device, this::say);
        int[][] shapes = {{256, 784, 256}, {256, 256, 10}, {6, 25, 200704}, {16, 150, 25600}, {1024, 1024, 1024},
                {4096, 4096, 4096}};
        synchronized (device) {
            for (int[] s : shapes) {
                bench.gemm(s[0], s[1], s[2], 10);
            }
            for (String preset : List.of("mlp", "lenet", "lenet-relu")) {
                bench.step(preset, preset(preset), 256, 3);
            }
            epoch(bench);
        }
        return failed;
    }

    private void epoch(GpuBenchmark bench) {
        try {
            LoadedData data = dataFolder == null ? SampleData.standard().load(DatasetKind.FASHION_MNIST)
                    : new DataSources(DataSources.Options.standard(dataFolder, true, false))
                            .load(DatasetKind.FASHION_MNIST, null);
            say("data: " + data.source().location() + " (" + data.train().size() + " training, "
                    + data.test().size() + " test images)");
            for (String name : List.of("lenet-relu", "lenet")) {
                bench.epoch(name, presetFile(name), data.train(), data.test());
            }
        } catch (DataException e) {
            say("epoch: skipped, the Fashion-MNIST sample did not load: " + e.getMessage());
        }
    }

    static NetworkSpec preset(String name) {
        return presetFile(name).network();
    }

    static NetworkFile presetFile(String name) {
        try {
            return Presets.load(name);
        } catch (NetworkFileException e) {
            throw new IllegalStateException("the preset " + name + " did not load: " + e.getMessage(), e);
        }
    }

    private void write(Path target) throws IOException {
        var text = new StringBuilder("# GPU report\n\n```\n");
        lines.forEach(l -> text.append(l).append('\n'));
        text.append("```\n");
        Path temp = Files.createTempFile(target.getParent(), ".gpu-report", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
