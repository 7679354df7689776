package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int exit, String out, String err) {
        List<JsonNode> jsonLines() throws Exception {
            var nodes = new ArrayList<JsonNode>();
            for (String line : out.strip().split("\\R")) {
                nodes.add(JSON.readTree(line));
            }
            return nodes;
        }
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void gemmJsonHasOneObjectPerBackendAndShapeWithTheIssuesFields() throws Exception {
        Result r = run("bench", "gemm", "--json", "--shape", "8x9x10", "--shape", "3x4x5", "--runs", "2",
                "--warmup", "0");
        assertThat(r.exit()).isZero();
        List<JsonNode> lines = r.jsonLines();
        assertThat(lines).isNotEmpty();
        for (JsonNode node : lines) {
            assertThat(node.fieldNames()).toIterable()
                    .containsExactly("backend", "m", "k", "n", "gflops_best", "gflops_median");
            assertThat(node.get("gflops_best").asDouble()).isGreaterThanOrEqualTo(node.get("gflops_median").asDouble());
        }
        assertThat(lines).extracting(n -> n.get("backend").asText()).contains("java");
        assertThat(lines.get(0).get("m").asInt()).isEqualTo(8);
        assertThat(lines.get(lines.size() - 1).get("n").asInt()).isEqualTo(5);
    }

    @Test
    void gemmTableNamesEachBackend() {
        Result r = run("bench", "gemm", "--backend", "java", "--shape", "4x4x4", "--runs", "1", "--warmup", "0");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("backend java", "4×4·4×4");
    }

    @Test
    void stepJsonReportsSamplesPerSecond() throws Exception {
        Result r = run("bench", "step", "--preset", "lenet", "--batch", "4", "--seconds", "0.01", "--warmup", "0",
                "--backend", "java", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode node = r.jsonLines().get(0);
        assertThat(node.fieldNames()).toIterable().containsExactly("backend", "preset", "batch", "samples_per_s");
        assertThat(node.get("backend").asText()).isEqualTo("java");
        assertThat(node.get("preset").asText()).isEqualTo("lenet");
        assertThat(node.get("batch").asInt()).isEqualTo(4);
        assertThat(node.get("samples_per_s").asDouble()).isPositive();
    }

    @Test
    void everyPresetRuns() {
        for (String preset : BenchNetworks.NAMES) {
            Result r = run("bench", "step", "--preset", preset, "--batch", "2", "--seconds", "0.01", "--warmup", "0");
            assertThat(r.exit()).as(preset + ": " + r.err()).isZero();
            assertThat(r.out()).contains(preset, "samples/s", "optim.Sgd");
        }
    }

    @Test
    void badInputIsOneClearLine() {
        Result preset = run("bench", "step", "--preset", "vgg");
        assertThat(preset.exit()).isEqualTo(1);
        assertThat(preset.err().strip()).isEqualTo("error: unknown preset \"vgg\": choose one of mlp, lenet, lenet-relu");
        Result backend = run("bench", "gemm", "--backend", "mkl");
        assertThat(backend.exit()).isEqualTo(1);
        assertThat(backend.err().strip()).startsWith("error: unknown backend \"mkl\"");
        Result shape = run("bench", "gemm", "--shape", "12x7");
        assertThat(shape.err().strip()).isEqualTo("error: --shape \"12x7\" is not M×K×N with three positive whole "
                + "numbers, e.g. 256x784x256");
        Result warmup = run("bench", "step", "--preset", "mlp", "--warmup", "-1");
        assertThat(warmup.exit()).isEqualTo(1);
        assertThat(warmup.err().strip()).isEqualTo("error: --warmup must not be negative, got -1.0");
        Result gemmWarmup = run("bench", "gemm", "--warmup", "-2");
        assertThat(gemmWarmup.exit()).isEqualTo(1);
        assertThat(gemmWarmup.err().strip()).isEqualTo("error: --warmup must be between 0 and 600 seconds, got -2.0");
        assertThat(run("bench").exit()).isEqualTo(2);
    }
}
