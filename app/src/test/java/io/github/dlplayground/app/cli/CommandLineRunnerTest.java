package io.github.dlplayground.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineRunnerTest {
    @Test
    void unknownCommandExitsWithTwoAndUsage() {
        var run = CliRun.of("fly-to-the-moon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("Usage:");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void unknownFlagExitsWithTwo() {
        var run = CliRun.of("info", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void helpListsTheCommands() {
        var run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("info").contains("screenshot");
    }
}
