package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.backend.BackendStatus;
import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.GemmBenchmark;
import io.github.dlplayground.engine.backend.GemmBenchmark.OpenBlasPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench gemm}: SGEMM GFLOP/s (2·m·n·k per second, best and median of several runs) per available backend
 * on the shapes the networks use: 256×784·784×256, 256×256·256×10, conv1 6×25·25×200704,
 * conv2 16×150·150×25600 and 1024³.
 */
@Command(name = "gemm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints SGEMM GFLOP/s (best and median of several runs) for each available backend.",
            "Operands are Java float arrays, as the layers pass them; --openblas-paths adds OpenBLAS on operands",
            "resident in native memory (what numpy measures) and through JNI arrays."})
public final class BenchGemmCommand implements Callable<Integer> {
    /** m, k, n. */
    static final int[][] SHAPES = {{256, 784, 256}, {256, 256, 10}, {6, 25, 200704}, {16, 150, 25600},
            {1024, 1024, 1024}};

    @Spec
    CommandSpec spec;

    @Option(names = "--backend", paramLabel = "NAME", description = "only this backend: cuda, openblas, jblas or java")
    String backend;

    @Option(names = "--shape", paramLabel = "MxKxN",
            description = "time this shape instead of the standard five (repeatable), e.g. 512x512x512")
    List<String> shapes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "timed runs per shape (10)")
    int runs;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "1",
            description = "seconds of untimed runs before each timed series, at least two runs (1)")
    double warmup;

    @Option(names = "--openblas-paths", description = "also time OpenBLAS resident in native memory, via JNI arrays and via copies")
    boolean openBlasPaths;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (!(warmup >= 0 && warmup <= 600)) {
            throw new IllegalArgumentException("--warmup must be between 0 and 600 seconds, got " + warmup);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = backendNames(out);
        if (!json) {
            out.printf("%-22s %-18s %12s %14s%n", "backend", "m×k·k×n", "GFLOP/s best", "GFLOP/s median");
        }
        for (int[] s : shapes == null ? List.of(SHAPES) : parseShapes(shapes)) {
            for (String name : names) {
                print(out, name, s, GemmBenchmark.measure(Backends.select(name), s[0], s[1], s[2], runs, warmup));
            }
            if (openBlasPaths && names.contains("openblas")) {
                print(out, "openblas-resident", s,
                        GemmBenchmark.measureOpenBlas(OpenBlasPath.RESIDENT, s[0], s[1], s[2], runs, warmup));
                print(out, "openblas-jni-arrays", s,
                        GemmBenchmark.measureOpenBlas(OpenBlasPath.JNI_ARRAYS, s[0], s[1], s[2], runs, warmup));
                print(out, "openblas-copies", s,
                        GemmBenchmark.measureOpenBlas(OpenBlasPath.NATIVE_BUFFERS, s[0], s[1], s[2], runs, warmup));
            }
            out.flush();
        }
        return 0;
    }

    static List<int[]> parseShapes(List<String> texts) {
        var parsed = new ArrayList<int[]>();
        for (String text : texts) {
            String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x×]");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                int[] mkn = {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
                if (mkn[0] < 1 || mkn[1] < 1 || mkn[2] < 1) {
                    throw new NumberFormatException();
                }
                parsed.add(mkn);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--shape \"" + text + "\" is not M×K×N with three positive "
                        + "whole numbers, e.g. 256x784x256");
            }
        }
        return parsed;
    }

    private List<String> backendNames(PrintWriter out) {
        if (backend != null) {
            String name = Backends.select(backend).name();
            if (!json) {
                out.println("backend " + name);
            }
            return List.of(name);
        }
        var names = new ArrayList<String>();
        for (BackendStatus status : Backends.probe()) {
            if (status.available()) {
                names.add(status.name());
            }
            if (!json) {
                out.println(status.available()
                        ? "backend " + status.name() + ": " + status.detail()
                        : "backend " + status.name() + " unavailable: " + status.reason());
            }
        }
        return names;
    }

    private void print(PrintWriter out, String name, int[] s, GemmBenchmark.Result r) {
        if (json) {
            out.println(BenchJson.line("backend", name, "m", s[0], "k", s[1], "n", s[2],
                    "gflops_best", BenchJson.round1(r.best()), "gflops_median", BenchJson.round1(r.median())));
        } else {
            out.printf(Locale.ROOT, "%-22s %-18s %12.1f %14.1f%n", name, s[0] + "×" + s[1] + "·" + s[1] + "×" + s[2],
                    r.best(), r.median());
        }
    }
}
