package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;

/** Moves layer {@code from} so that it ends at index {@code to} (both 0-based, {@code to} after the removal). */
public record MoveLayer(int from, int to, String subject) implements DesignEdit {
    /**
     * The move that drops block {@code from} into gap {@code gap} (gap g lies before block g; gap n after the
     * last), or null when that leaves the order unchanged.
     */
    public static MoveLayer toGap(NetworkSpec spec, int from, int gap) {
        int to = gap > from ? gap - 1 : gap;
        if (to == from || from < 0 || from >= spec.layers().size()) {
            return null;
        }
        return new MoveLayer(from, to, spec.layers().get(from).displayName());
    }

    static NetworkSpec move(NetworkSpec spec, int a, int b) {
        LayerSpec layer = spec.layers().get(a);
        return spec.without(a).withInserted(b, layer);
    }

    @Override
    public NetworkSpec apply(NetworkSpec spec) {
        return move(spec, from, to);
    }

    @Override
    public NetworkSpec undo(NetworkSpec spec) {
        return move(spec, to, from);
    }

    @Override
    public EditKind kind() {
        return EditKind.MOVE;
    }

    @Override
    public String description() {
        return "move " + subject + " from " + (from + 1) + " to " + (to + 1);
    }

    @Override
    public int selectionAfterApply() {
        return to;
    }

    @Override
    public int selectionAfterUndo() {
        return from;
    }
}
