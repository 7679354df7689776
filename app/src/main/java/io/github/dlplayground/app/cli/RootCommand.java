package io.github.dlplayground.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command line: {@code dlplayground COMMAND [OPTIONS]}. */
@Command(name = "dlplayground", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DL Playground (深度学习游乐场): a visual playground for learning deep learning.%n"
                + "Without a command it opens the window.",
        synopsisSubcommandLabel = "COMMAND")
public final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
