package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.NetworkSpec;

/** Replaces the whole network (a preset, an opened file, a new input shape). */
public record ReplaceNetwork(NetworkSpec before, NetworkSpec after) implements DesignEdit {
    @Override
    public NetworkSpec apply(NetworkSpec spec) {
        return after;
    }

    @Override
    public NetworkSpec undo(NetworkSpec spec) {
        return before;
    }

    @Override
    public EditKind kind() {
        return EditKind.REPLACE_NETWORK;
    }

    @Override
    public String subject() {
        return after.name();
    }

    @Override
    public String description() {
        return "load network " + after.name();
    }

    @Override
    public int selectionAfterApply() {
        return -1;
    }

    @Override
    public int selectionAfterUndo() {
        return -1;
    }
}
