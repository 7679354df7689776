package io.github.dlplayground.app.shell;

import java.io.IOException;
import java.util.function.Consumer;

/** Writes the settings to their store after every change; a failed write becomes a one-line warning. */
public final class SettingsAutosave {
    private SettingsAutosave() {
    }

    /** Saves on every change of {@code settings}; FX thread (where settings change). */
    public static void attach(AppSettings settings, SettingsStore store, Consumer<String> warn) {
        settings.addListener(obs -> {
            try {
                store.save(settings.toData());
            } catch (IOException | RuntimeException e) {
                String message = "settings could not be saved to " + store.file() + ": " + e.getMessage();
                System.err.println("warning: " + message);
                warn.accept(message);
            }
        });
    }
}
