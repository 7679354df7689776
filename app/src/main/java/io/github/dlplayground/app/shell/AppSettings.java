package io.github.dlplayground.app.shell;

import java.nio.file.Path;

/**
 * Settings that persist across restarts: language ("en" or "zh"), theme, presenter mode, matrix backend
 * ("auto" or a backend name) and the user's Fashion-MNIST / MNIST data folder (null when unset).
 */
public record AppSettings(String language, boolean dark, boolean presenter, String backend, Path dataFolder) {
    public static AppSettings defaults() {
        return new AppSettings("en", false, false, "auto", null);
    }
}
