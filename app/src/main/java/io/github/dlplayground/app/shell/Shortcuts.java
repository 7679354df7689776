package io.github.dlplayground.app.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The window's keyboard shortcuts: each key combination with the key of its description and its action.
 * The same list is installed on the scene and shown under Help, so the two never disagree.
 */
public final class Shortcuts {
    /** One shortcut; {@code keysText} is what Help shows (several combinations may share one line). */
    public record Entry(List<KeyCombination> keys, String keysText, String descriptionKey, Runnable action,
                        BooleanSupplier shown) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a shortcut shown as its own key combination. */
    public Shortcuts add(String keys, String descriptionKey, Runnable action) {
        return add(keys, descriptionKey, action, () -> true);
    }

    /** Adds a shortcut that Help lists only while {@code shown} is true. */
    public Shortcuts add(String keys, String descriptionKey, Runnable action, BooleanSupplier shown) {
        var combination = KeyCombination.valueOf(keys);
        entries.add(new Entry(List.of(combination), combination.getDisplayText(), descriptionKey, action, shown));
        return this;
    }

    /** Adds one line for a group of combinations, each with its own action. */
    public Shortcuts addGroup(List<String> keys, List<Runnable> actions, String keysText, String descriptionKey) {
        for (int i = 0; i < keys.size(); i++) {
            var combination = KeyCombination.valueOf(keys.get(i));
            entries.add(new Entry(List.of(combination), i == 0 ? keysText : null, descriptionKey, actions.get(i),
                    () -> true));
        }
        return this;
    }

    /** The lines Help shows, in order. */
    public List<Entry> visible() {
        return entries.stream().filter(e -> e.keysText() != null && e.shown().getAsBoolean()).toList();
    }

    public List<Entry> all() {
        return List.copyOf(entries);
    }

    /** Registers every shortcut as a scene accelerator. */
    public void install(Scene scene) {
        for (Entry entry : entries) {
            for (KeyCombination key : entry.keys()) {
                scene.getAccelerators().put(key, entry.action());
            }
        }
    }
}
