package io.github.dlplayground.app.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryField() throws IOException {
        var store = new SettingsStore(dir.resolve("settings.json"));
        var data = new SettingsData("zh", "dark", true, "jblas", "/data/fashion");
        store.save(data);
        var loaded = store.load();
        assertThat(loaded.data()).isEqualTo(data);
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void missingFileGivesDefaultsWithoutWarning() {
        var loaded = new SettingsStore(dir.resolve("none/settings.json")).load();
        assertThat(loaded.data()).isEqualTo(SettingsData.defaults());
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void corruptFileGivesDefaultsAndOneLineWarning() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\": \"zh\", \"theme\": ", StandardCharsets.UTF_8);
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.data()).isEqualTo(SettingsData.defaults());
        assertThat(loaded.warning()).hasValueSatisfying(w -> {
            assertThat(w).contains(file.toString()).contains("not valid settings JSON").contains("defaults");
            assertThat(w).doesNotContain("\n");
        });
    }

    @Test
    void fileOfTheWrongShapeGivesDefaults() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "[1, 2, 3]");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.data()).isEqualTo(SettingsData.defaults());
        assertThat(loaded.warning()).isPresent();
    }

    @Test
    void invalidFieldIsReplacedByItsDefaultAndNamed() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"fr\",\"theme\":\"dark\",\"presenterMode\":true,\"backend\":\"java\"}");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.data()).isEqualTo(new SettingsData("en", "dark", true, "java", null));
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("language").contains("\"fr\""));
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"zh\",\"theme\":\"light\",\"backend\":\"auto\",\"later\":42}");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.data().language()).isEqualTo("zh");
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("deeper/settings.json");
        var store = new SettingsStore(file);
        store.save(SettingsData.defaults());
        store.save(new SettingsData("zh", "light", false, "auto", null));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
        assertThat(store.load().data().language()).isEqualTo("zh");
    }

    @Test
    void configFolderFollowsPropertyThenXdgThenHome() {
        assertThat(SettingsStore.configFolder("/tmp/cfg", Map.of("XDG_CONFIG_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/tmp/cfg"));
        assertThat(SettingsStore.configFolder(null, Map.of("XDG_CONFIG_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/x/dlplayground"));
        assertThat(SettingsStore.configFolder(null, Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/dlplayground"));
        assertThat(SettingsStore.configFolder("", Map.of("XDG_CONFIG_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/dlplayground"));
    }
}
