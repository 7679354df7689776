package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.NetworkSpec;

/**
 * One undoable edit of a network spec: {@link #apply} turns the spec before into the spec after, {@link #undo}
 * the reverse, so undo(apply(s)) = s. Edits are immutable values; the history keeps them.
 */
public sealed interface DesignEdit permits InsertLayer, MoveLayer, DeleteLayer, ChangeLayer, ReplaceNetwork {
    NetworkSpec apply(NetworkSpec spec);

    NetworkSpec undo(NetworkSpec spec);

    EditKind kind();

    /** What the edit touched: a layer's name ("Linear") or the network's name. */
    String subject();

    /** English, e.g. "insert Linear at 3"; the UI translates {@link #kind()} and {@link #subject()} instead. */
    String description();

    /** The block to select after applying (−1: none). */
    int selectionAfterApply();

    /** The block to select after undoing (−1: none). */
    int selectionAfterUndo();
}
