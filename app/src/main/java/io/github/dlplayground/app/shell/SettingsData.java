package io.github.dlplayground.app.shell;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The settings as they are stored: language ("en" or "zh"), theme ("light" or "dark"), presenter mode,
 * matrix backend ("auto" or a backend name) and the user's data folder (null when unset). Plain Java, so
 * the command line can read it without JavaFX.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsData(String language, String theme, boolean presenterMode, String backend, String dataFolder) {
    public static final String AUTO_BACKEND = "auto";
    private static final Set<String> LANGUAGES = Set.of("en", "zh");
    private static final Set<String> THEMES = Set.of("light", "dark");

    public static SettingsData defaults() {
        return new SettingsData("en", "light", false, AUTO_BACKEND, null);
    }

    public boolean dark() {
        return "dark".equals(theme);
    }

    /** The data folder as a path, or null when unset. */
    public Path dataFolderPath() {
        return dataFolder == null || dataFolder.isBlank() ? null : Path.of(dataFolder);
    }

    /** The problems that {@link #normalised()} repairs, one phrase each (empty when all fields are valid). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (!LANGUAGES.contains(language)) {
            problems.add("language must be \"en\" or \"zh\", not " + quote(language));
        }
        if (!THEMES.contains(theme)) {
            problems.add("theme must be \"light\" or \"dark\", not " + quote(theme));
        }
        if (backend == null || backend.isBlank()) {
            problems.add("backend must be \"auto\" or a backend name");
        }
        return problems;
    }

    /** This data with every invalid field replaced by its default. */
    public SettingsData normalised() {
        var defaults = defaults();
        return new SettingsData(
                LANGUAGES.contains(language) ? language : defaults.language,
                THEMES.contains(theme) ? theme : defaults.theme,
                presenterMode,
                backend == null || backend.isBlank() ? defaults.backend : backend.trim(),
                dataFolder == null || dataFolder.isBlank() ? null : dataFolder);
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
