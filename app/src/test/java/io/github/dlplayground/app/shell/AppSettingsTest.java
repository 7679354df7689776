package io.github.dlplayground.app.shell;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AppSettingsTest {
    @Test
    void storedFormRoundTrips() {
        var data = new SettingsData("zh", "dark", true, "openblas", "/data");
        var settings = AppSettings.of(data);
        assertThat(settings.language()).isEqualTo("zh");
        assertThat(settings.dark()).isTrue();
        assertThat(settings.presenter()).isTrue();
        assertThat(settings.backend()).isEqualTo("openblas");
        assertThat(settings.dataFolder()).isEqualTo(Path.of("/data"));
        assertThat(settings.toData()).isEqualTo(data);
    }

    @Test
    void everyChangeReachesTheListener() {
        var settings = AppSettings.defaults();
        var changes = new AtomicInteger();
        settings.addListener(obs -> {
            changes.incrementAndGet();
            settings.toData();
        });
        settings.languageProperty().set("zh");
        settings.darkProperty().set(true);
        settings.presenterProperty().set(true);
        settings.backendProperty().set("java");
        settings.dataFolderProperty().set(Path.of("/d"));
        assertThat(changes).hasValue(5);
    }
}
