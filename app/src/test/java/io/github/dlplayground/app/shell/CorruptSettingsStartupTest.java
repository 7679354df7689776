package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.PlaygroundApp;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged settings file: the app starts with the defaults and says so in the status line. */
@ExtendWith(ApplicationExtension.class)
class CorruptSettingsStartupTest {
    private static Path config;
    private static String previous;
    private PlaygroundApp app;

    @BeforeAll
    static void writeCorruptSettings() throws Exception {
        config = Files.createTempDirectory("dlplayground-corrupt");
        Files.writeString(config.resolve("settings.json"), "{\"language\": \"zh\", \"theme\": tru");
        previous = System.getProperty(SettingsStore.FOLDER_PROPERTY);
        System.setProperty(SettingsStore.FOLDER_PROPERTY, config.toString());
    }

    @AfterAll
    static void restoreConfig() {
        if (previous == null) {
            System.clearProperty(SettingsStore.FOLDER_PROPERTY);
        } else {
            System.setProperty(SettingsStore.FOLDER_PROPERTY, previous);
        }
    }

    @Start
    void start(Stage stage) {
        app = new PlaygroundApp();
        app.start(stage);
    }

    @Test
    void startsWithDefaultsAndShowsAOneLineWarning() {
        var window = app.window();
        assertThat(window.settings().toData()).isEqualTo(SettingsData.defaults());
        assertThat(window.lessonArea().headingText()).isEqualTo("Lesson 1 · Linear regression");
        assertThat(window.statusLine().message()).contains("settings.json").contains("using defaults")
                .doesNotContain("\n");
    }
}
