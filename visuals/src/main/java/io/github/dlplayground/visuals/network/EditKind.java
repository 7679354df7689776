package io.github.dlplayground.visuals.network;

/** What an edit did, for the undo/redo tooltips (translated by the caller). */
public enum EditKind {
    INSERT, MOVE, DELETE, CHANGE, REPLACE_NETWORK
}
