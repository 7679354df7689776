package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.backend.cuda.CudaDetector;
import io.github.dlplayground.engine.backend.cuda.CudaSession;
import io.github.dlplayground.engine.backend.cuda.CudaStatus;
import io.github.dlplayground.engine.backend.cuda.GpuCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code gpu-check}: runs every GPU kernel against the pure-Java engine (SGEMM, layers, loss, optimizers, a few
 * LeNet steps; see GpuCheck) and prints one line per comparison and "N passed, M failed"; exit 1 when one fails
 * or there is no GPU. {@code --report FILE} also writes the lines as a Markdown report (atomically).
 */
@Command(name = "gpu-check", mixinStandardHelpOptions = true,
        description = {"Checks that every GPU kernel agrees with the pure-Java engine within float tolerance.",
            "Needs an NVIDIA GPU; without one it says why and exits 1."})
public final class GpuCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--report", paramLabel = "FILE", description = "also write a Markdown report to FILE")
    Path report;

    @Override
    public Integer call() throws IOException {
        CudaStatus status = CudaDetector.detect();
        if (!status.available()) {
            throw new IllegalStateException("no GPU to check: " + status.reason());
        }
        PrintWriter out = spec.commandLine().getOut();
        String gpu = CudaSession.open().info().describe();
        out.println("GPU: " + gpu);
        var lines = new ArrayList<String>();
        List<GpuCheck.Result> results = GpuCheck.run(r -> {
            String line = line(r);
            lines.add(line);
            out.println(line);
            out.flush();
        });
        long failed = results.stream().filter(r -> !r.passed()).count();
        String summary = (results.size() - failed) + " passed, " + failed + " failed";
        out.println(summary);
        out.flush();
        if (report != null) {
            writeReport(gpu, lines, summary);
        }
        return failed == 0 ? 0 : 1;
    }

    static String line(GpuCheck.Result r) {
        return String.format(Locale.ROOT, "%-4s %-70s error %.2e (tolerance %.1e)", r.passed() ? "ok" : "FAIL",
                r.name(), r.error(), r.tolerance());
    }

    private void writeReport(String gpu, List<String> lines, String summary) throws IOException {
        var text = new StringBuilder("# GPU check\n\nGPU: ").append(gpu).append("\n\n```\n");
        lines.forEach(l -> text.append(l).append('\n'));
        text.append("```\n\n").append(summary).append('\n');
        Path target = report.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".gpu-check", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
