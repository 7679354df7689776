package io.github.dlplayground.visuals.surface;

/** A model that moves with time; an animator calls {@link #advance(double)} once per frame. */
public interface Advancing {
    /** Takes the steps due after {@code seconds}; returns how many. */
    int advance(double seconds);

    /** True when no more steps will be taken (the animator then pauses). */
    boolean finished();
}
