package io.github.dlplayground.app;

import io.github.dlplayground.app.cli.CommandLineRunner;

import java.util.Optional;

/**
 * The launcher: with no arguments it opens the window; with arguments it runs the command line
 * (which never loads JavaFX classes unless a command needs to render). Started without the Vector API module, it
 * first runs itself once more with it ({@link VectorRelaunch}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<Integer> relaunched = VectorRelaunch.runIfNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (args.length == 0) {
            GuiLauncher.launch(args);
        } else {
            System.exit(CommandLineRunner.run(args));
        }
    }
}
