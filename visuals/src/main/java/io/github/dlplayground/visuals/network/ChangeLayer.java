package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;

/**
 * Replaces layer {@code index} ({@code before} → {@code after}), e.g. a new out_features typed in the property
 * panel. {@code field} names the setting changed; consecutive changes of the same field of the same block
 * merge into one edit, so typing "120" undoes in one step.
 */
public record ChangeLayer(int index, LayerSpec before, LayerSpec after, String field) implements DesignEdit {
    @Override
    public NetworkSpec apply(NetworkSpec spec) {
        return spec.withLayer(index, after);
    }

    @Override
    public NetworkSpec undo(NetworkSpec spec) {
        return spec.withLayer(index, before);
    }

    /** The one edit doing this and then {@code next}, when both change the same field of the same block. */
    ChangeLayer mergedWith(ChangeLayer next) {
        if (next.index != index || !next.field.equals(field) || !next.before.equals(after)) {
            return null;
        }
        return new ChangeLayer(index, before, next.after, field);
    }

    @Override
    public EditKind kind() {
        return EditKind.CHANGE;
    }

    @Override
    public String subject() {
        return after.displayName();
    }

    @Override
    public String description() {
        return "change " + field + " of " + after.displayName() + " at " + (index + 1);
    }

    @Override
    public int selectionAfterApply() {
        return index;
    }

    @Override
    public int selectionAfterUndo() {
        return index;
    }
}
