package io.github.dlplayground.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the command line never touches JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(PlaygroundApp.class, args);
    }
}
