package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.cuda.CudaDetector;
import io.github.dlplayground.engine.backend.cuda.CudaStatus;
import io.github.dlplayground.engine.backend.cuda.GpuCheck;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class GpuCommandsTest {
    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private static String noGpu() {
        CudaStatus status = CudaDetector.detect();
        assumeFalse(status.available(), "a GPU is present here");
        return status.reason();
    }

    @Test
    void forcingTheGpuWithoutOneIsOneClearLine() {
        String reason = noGpu();
        for (String[] args : new String[][] {{"bench", "step", "--preset", "mlp", "--backend", "cuda"},
                {"bench", "gemm", "--backend", "cuda", "--shape", "4x4x4"}}) {
            Result r = run(args);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("error: backend \"cuda\" is not available here: " + reason)
                    .doesNotContain("\n");
        }
    }

    @Test
    void gpuCheckWithoutAGpuSaysWhy() {
        String reason = noGpu();
        Result r = run("gpu-check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: no GPU to check: " + reason);
    }

    @Test
    void benchStepAllTimesEveryAvailableBackend() {
        Result r = run("bench", "step", "--preset", "mlp", "--batch", "2", "--seconds", "0.01", "--warmup", "0",
                "--backend", "all", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        long available = Backends.probe().stream().filter(s -> s.available()).count();
        assertThat(r.out().strip().split("\\R")).hasSize((int) available);
        assertThat(r.out()).contains("\"backend\":\"java\"");
    }

    @Test
    void benchSpecsDescribeTheSameNetworksAsTheBenchLayers() {
        for (String name : BenchNetworks.NAMES) {
            assertThat(NetworkBuilder.build(BenchNetworks.spec(name), WeightInit.XAVIER, 0).describe())
                    .as(name).isEqualTo(BenchNetworks.create(name).describe());
        }
    }

    @Test
    void checkLinesSayOkOrFail() {
        assertThat(GpuCheckCommand.line(new GpuCheck.Result("relu forward", 0, 0))).startsWith("ok   relu forward");
        assertThat(GpuCheckCommand.line(new GpuCheck.Result("sgemm", 1e-2, 1e-4))).startsWith("FAIL sgemm")
                .contains("error 1.00e-02 (tolerance 1.0e-04)");
    }
}
