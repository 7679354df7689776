package io.github.dlplayground.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class PlaygroundApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("DL Playground");
        stage.setScene(new Scene(new Label("DL Playground"), 1280, 800));
        stage.show();
    }
}
