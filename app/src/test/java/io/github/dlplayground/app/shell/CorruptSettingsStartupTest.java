package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.PlaygroundApp;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged settings file: the app starts with the defaults and says so in the status line. */
@ExtendWith(ApplicationExtension.class)
class CorruptSettingsStartupTest {
    @RegisterExtension
    static final TemporarySettingsFolder SETTINGS = new TemporarySettingsFolder("dlplayground-corrupt");
    private PlaygroundApp app;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(SETTINGS.settingsFile(), "{\"language\": \"zh\", \"theme\": tru");
        app = new PlaygroundApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
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
