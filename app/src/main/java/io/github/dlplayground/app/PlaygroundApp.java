package io.github.dlplayground.app;

import io.github.dlplayground.app.explain.ExplanationPanel;
import io.github.dlplayground.app.lesson.LessonRegistry;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.CjkFont;
import io.github.dlplayground.app.shell.MainWindow;
import io.github.dlplayground.app.shell.SettingsAutosave;
import io.github.dlplayground.app.shell.SettingsStore;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: loads the Chinese font and the saved settings, shows the main window on the
 * first lesson and saves every settings change. The window itself lives in the shell package.
 */
public final class PlaygroundApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        CjkFont.load();
        var store = SettingsStore.fromEnvironment();
        var loaded = store.load();
        loaded.warning().ifPresent(w -> System.err.println("warning: " + w));
        var settings = AppSettings.of(loaded.data());
        window = new MainWindow(settings);
        window.setExplanationFactory(ExplanationPanel::new);
        loaded.warning().ifPresent(window.statusLine()::showWarning);
        SettingsAutosave.attach(settings, store, window.statusLine()::showWarning);
        window.show(stage);
        window.openLesson(LessonRegistry.lessons().get(0));
        window.startStatusUpdates();
    }

    /** The window, once {@link #start} has run (for tests). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}
