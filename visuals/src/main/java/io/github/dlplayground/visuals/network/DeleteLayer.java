package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;

/** Removes layer {@code index}; remembers it ({@code layer}) to put it back on undo. */
public record DeleteLayer(int index, LayerSpec layer) implements DesignEdit {
    public static DeleteLayer of(NetworkSpec spec, int index) {
        return new DeleteLayer(index, spec.layers().get(index));
    }

    @Override
    public NetworkSpec apply(NetworkSpec spec) {
        return spec.without(index);
    }

    @Override
    public NetworkSpec undo(NetworkSpec spec) {
        return spec.withInserted(index, layer);
    }

    @Override
    public EditKind kind() {
        return EditKind.DELETE;
    }

    @Override
    public String subject() {
        return layer.displayName();
    }

    @Override
    public String description() {
        return "delete " + layer.displayName() + " at " + (index + 1);
    }

    @Override
    public int selectionAfterApply() {
        return -1;
    }

    @Override
    public int selectionAfterUndo() {
        return index;
    }
}
