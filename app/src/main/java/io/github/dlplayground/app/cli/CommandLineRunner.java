package io.github.dlplayground.app.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds the picocli command tree from {@link Commands} and runs it. Exit codes: 0 success, 1 bad input
 * or failure (one clear line on stderr), 2 unknown command or bad flag (usage message).
 */
public final class CommandLineRunner {
    private CommandLineRunner() {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var cmd = new CommandLine(new RootCommand());
        for (Object sub : Commands.all()) {
            cmd.addSubcommand(sub);
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, ignored) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            ex.getCommandLine().usage(e);
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("error: " + message);
            return 1;
        });
        return cmd.execute(args);
    }
}
