package io.github.dlplayground.app.shell;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points {@link SettingsStore#FOLDER_PROPERTY} at a new temporary folder for the tests of one class and puts the
 * property back afterwards. Register it on a static field with {@code @RegisterExtension}.
 */
public final class TemporarySettingsFolder implements BeforeAllCallback, AfterAllCallback {
    private final String prefix;
    private Path folder;
    private String previous;

    public TemporarySettingsFolder(String prefix) {
        this.prefix = prefix;
    }

    /** The settings folder in use (after the class's tests started). */
    public Path folder() {
        return folder;
    }

    /** The settings file the app reads and writes. */
    public Path settingsFile() {
        return folder.resolve("settings.json");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory(prefix);
        previous = System.getProperty(SettingsStore.FOLDER_PROPERTY);
        System.setProperty(SettingsStore.FOLDER_PROPERTY, folder.toString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(SettingsStore.FOLDER_PROPERTY);
        } else {
            System.setProperty(SettingsStore.FOLDER_PROPERTY, previous);
        }
    }
}
