package io.github.dlplayground.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code bench}: engine speed on this machine; the work is in its subcommands gemm and step. */
@Command(name = "bench", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        subcommands = {BenchGemmCommand.class, BenchStepCommand.class},
        description = {"Measures the engine on this machine (see docs/benchmarks.md for reference figures).",
            "Close other programs first: the figures are only as quiet as the machine."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
