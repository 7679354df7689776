package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlplayground.app.shell.SettingsData;
import io.github.dlplayground.app.shell.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class InfoCommandTest {
    @TempDir
    Path config;
    private String previous;

    @BeforeEach
    void useTemporaryConfig() {
        previous = System.getProperty(SettingsStore.FOLDER_PROPERTY);
        System.setProperty(SettingsStore.FOLDER_PROPERTY, config.toString());
    }

    @AfterEach
    void restoreConfig() {
        if (previous == null) {
            System.clearProperty(SettingsStore.FOLDER_PROPERTY);
        } else {
            System.setProperty(SettingsStore.FOLDER_PROPERTY, previous);
        }
    }

    @Test
    void jsonHasEveryFieldWithValuesOfThisMachine() throws Exception {
        var run = CliRun.of("info", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("version").asText()).isNotBlank();
        assertThat(json.path("java").path("version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(json.path("java").path("vendor").asText()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(json.path("javafx").asText()).isEqualTo("21.0.11");
        assertThat(json.path("os").path("name").asText()).isEqualTo(System.getProperty("os.name"));
        assertThat(json.path("cpu_cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(json.path("max_heap_bytes").asLong()).isEqualTo(Runtime.getRuntime().maxMemory());
        // The tests run with --add-modules jdk.incubator.vector (see the surefire argLine).
        assertThat(json.path("vector_loops").asText()).startsWith("Vector API, ").contains("floats per vector");

        var available = new ArrayList<String>();
        for (JsonNode backend : json.path("backends")) {
            assertThat(backend.has("name") && backend.has("available") && backend.has("reason")).isTrue();
            if (backend.path("available").asBoolean()) {
                available.add(backend.path("name").asText());
                assertThat(backend.path("reason").isNull()).isTrue();
            } else {
                assertThat(backend.path("reason").asText()).isNotBlank();
            }
        }
        assertThat(available).contains("java");
        assertThat(available).contains(json.path("default_backend").asText());
        assertThat(json.path("selected_backend").asText()).isEqualTo("auto");
        assertThat(json.path("gpu").path("available").isBoolean()).isTrue();
        assertThat(json.path("data_source").isArray()).isTrue();
    }

    @Test
    void selectedBackendComesFromTheSettingsFile() throws Exception {
        new SettingsStore(config.resolve("settings.json")).save(new SettingsData("en", "light", false, "java", null));
        var run = CliRun.of("info", "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("selected_backend").asText()).isEqualTo("java");
        assertThat(json.path("selected_backend_usable").asBoolean()).isTrue();
    }

    @Test
    void textNamesEverySection() {
        var run = CliRun.of("info");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("DL Playground", "Java", "JavaFX", "CPU cores", "Max heap", "Vector loops",
                "Matrix backends",
                "Default backend", "Selected backend", "GPU", "Data");
    }

    @Test
    void corruptSettingsGiveAWarningNotAFailure() throws Exception {
        java.nio.file.Files.writeString(config.resolve("settings.json"), "{oops");
        var run = CliRun.of("info");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("warning: settings file").contains("using defaults");
    }
}
