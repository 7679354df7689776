package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;

/** Inserts {@code layer} so that it becomes layer {@code index} (0 … n). */
public record InsertLayer(int index, LayerSpec layer) implements DesignEdit {
    @Override
    public NetworkSpec apply(NetworkSpec spec) {
        return spec.withInserted(index, layer);
    }

    @Override
    public NetworkSpec undo(NetworkSpec spec) {
        return spec.without(index);
    }

    @Override
    public EditKind kind() {
        return EditKind.INSERT;
    }

    @Override
    public String subject() {
        return layer.displayName();
    }

    @Override
    public String description() {
        return "insert " + layer.displayName() + " at " + (index + 1);
    }

    @Override
    public int selectionAfterApply() {
        return index;
    }

    @Override
    public int selectionAfterUndo() {
        return -1;
    }
}
