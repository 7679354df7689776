package io.github.dlplayground.app;

import io.github.dlplayground.app.cli.CommandLineRunner;

/**
 * The launcher: with no arguments it opens the window; with arguments it runs the command line
 * (which never loads JavaFX classes unless a command needs to render).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiLauncher.launch(args);
        } else {
            System.exit(CommandLineRunner.run(args));
        }
    }
}
