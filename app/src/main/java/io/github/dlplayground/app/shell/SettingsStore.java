package io.github.dlplayground.app.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json} in the user's config folder: the system property
 * {@value #FOLDER_PROPERTY} if set, else $XDG_CONFIG_HOME/dlplayground, else ~/.config/dlplayground.
 * A missing file gives the defaults; an unreadable or corrupt one gives the defaults and a one-line
 * warning. Writes go to a temporary file that is then moved over the old one. No JavaFX.
 */
public final class SettingsStore {
    public static final String FOLDER_PROPERTY = "dlplayground.config";
    static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in the folder chosen by the system property or the environment. */
    public static SettingsStore fromEnvironment() {
        return new SettingsStore(configFolder(System.getProperty(FOLDER_PROPERTY), System.getenv(),
                System.getProperty("user.home")).resolve(FILE_NAME));
    }

    static Path configFolder(String override, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dlplayground");
        }
        return Path.of(home, ".config", "dlplayground");
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults with a warning that says what was wrong with the file. */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(SettingsData.defaults(), Optional.empty());
        }
        try {
            SettingsData data = json.readValue(file.toFile(), SettingsData.class);
            if (data == null) {
                return corrupt("it is empty");
            }
            var problems = data.problems();
            Optional<String> warning = problems.isEmpty() ? Optional.empty()
                    : Optional.of("settings file " + file + ": " + String.join("; ", problems) + "; using the default");
            return new Loaded(data.normalised(), warning);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            return corrupt(where == null ? "it is not valid settings JSON"
                    : "it is not valid settings JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
        } catch (IOException e) {
            return corrupt("it cannot be read (" + e.getMessage() + ")");
        }
    }

    private Loaded corrupt(String why) {
        return new Loaded(SettingsData.defaults(),
                Optional.of("settings file " + file + " was ignored because " + why + "; using defaults"));
    }

    /** Writes the settings atomically (temporary file + move), creating the folder if needed. */
    public void save(SettingsData data) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(data));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** What {@link #load()} found: the settings to use and, if the file was bad, a one-line warning. */
    public record Loaded(SettingsData data, Optional<String> warning) {
    }
}
