package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConvCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String spec, String... extra) throws IOException {
        Path file = dir.resolve("spec.json");
        Files.writeString(file, spec);
        String[] args = new String[2 + extra.length + 1];
        args[0] = "conv";
        args[1] = "--spec";
        args[2] = file.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        var out = new StringWriter();
        var err = new StringWriter();
        int code = CommandLineRunner.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static final String BOOK = """
            {"op": "conv", "input": [[[0, 1, 2], [3, 4, 5], [6, 7, 8]]], "kernel": [[[[0, 1], [2, 3]]]],
             "bias": null, "padding": [0, 0], "stride": [1, 1]}""";

    @Test
    void booksExampleAsJson() throws IOException {
        Result r = run(BOOK, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("shape").toString()).isEqualTo("[1,2,2]");
        assertThat(json.get("output").toString()).isEqualTo("[[[19.0,25.0],[37.0,43.0]]]");
    }

    @Test
    void booksExampleAsReadableGrids() throws IOException {
        Result r = run(BOOK);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("output 1×2×2").contains("channel 0").contains("19 25").contains("37 43");
    }

    @Test
    void multiChannelWithBiasPaddingAndStride() throws IOException {
        Result r = run("""
                {"op": "conv", "input": [[[1, 2], [3, 4]], [[1, 1], [1, 1]]],
                 "kernel": [[[[1]], [[10]]], [[[0]], [[-1]]]], "bias": [0.5, 0], "padding": [1, 0], "stride": [2, 1]}
                """, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        // padded 4×2, 1×1 kernel, stride 2 down: rows 0 (zeros) and 2 (input row 1)
        assertThat(json.get("shape").toString()).isEqualTo("[2,2,2]");
        assertThat(json.get("output").toString()).isEqualTo("[[[0.5,0.5],[13.5,14.5]],[[0.0,0.0],[-1.0,-1.0]]]");
    }

    @Test
    void poolingStrideDefaultsToTheWindowAndAveragingCountsPaddedZeros() throws IOException {
        Result max = run("""
                {"op": "maxpool", "input": [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]],
                 "window": [2, 2]}""", "--json");
        assertThat(max.code()).as(max.err()).isZero();
        assertThat(new ObjectMapper().readTree(max.out()).get("output").toString())
                .isEqualTo("[[[6.0,8.0],[14.0,16.0]]]");
        Result avg = run("""
                {"op": "avgpool", "input": [[[4, 8], [12, 16]]], "window": [2, 2], "padding": [1, 1]}""", "--json");
        assertThat(avg.code()).as(avg.err()).isZero();
        assertThat(new ObjectMapper().readTree(avg.out()).get("output").toString())
                .isEqualTo("[[[1.0,2.0],[3.0,4.0]]]");
    }

    @Test
    void kernelThatDoesNotFitExitsOneNamingTheProblem() throws IOException {
        Result r = run("""
                {"op": "conv", "input": [[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]],
                 "kernel": [[[[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]]]]}
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("kernel 5×5 does not fit padded input 4×4").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badSpecsExitOneWithTheFieldNamed() throws IOException {
        assertThat(run("{\"op\": \"conv\", \"input\": [[[1]]], \"kernel\": [[[[1]]]], \"stride\": [0, 1]}").err())
                .contains("stride 0×1 is impossible");
        assertThat(run("{\"op\": \"blur\", \"input\": [[[1]]]}").err()).contains("\"op\" is \"blur\"");
        assertThat(run("{\"op\": \"conv\", \"input\": [[[1, 2], [3]]], \"kernel\": [[[[1]]]]}").err())
                .contains("\"input\"[0][1] must be an array of 2");
        assertThat(run("{\"op\": \"conv\", \"input\": [[[1]]], \"kernel\": [[[[1]]], [[[1]]]], \"bias\": [1]}").err())
                .contains("\"bias\" has 1 value(s) but the kernel has 2 output channel(s)");
        assertThat(run("{\"op\": \"maxpool\", \"input\": [[[1, 2], [3, 4]]]}").err())
                .contains("pooling needs \"window\"");
        assertThat(run("{\"op\": \"conv\", \"input\": [[[1]]], \"kernel\": [[[[1]]]], \"strides\": [1, 1]}").err())
                .contains("unknown field \"strides\"");
        assertThat(run("{\"op\": \"conv\", ").err()).contains("is not valid JSON");
        Result r = run("{\"op\": \"avgpool\", \"input\": [[[1, 2], [3, 4]]], \"window\": [2, 2], \"padding\": [2, 0]}");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("padding 2×0 is more than half the window 2×2");
    }

    @Test
    void missingFileExitsOne() {
        var err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"conv", "--spec", dir.resolve("none.json").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void missingSpecOptionIsAUsageError() {
        int code = CommandLineRunner.run(new String[] {"conv"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(2);
    }

    @Test
    void readableNumbersKeepFourDecimals() {
        assertThat(ConvCommand.plain(19.000002f)).isEqualTo("19");
        assertThat(ConvCommand.plain(-0.333333f)).isEqualTo("-0.3333");
        assertThat(ConvCommand.plain(-0.00001f)).isEqualTo("0");
    }
}
