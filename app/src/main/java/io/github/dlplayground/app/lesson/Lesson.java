package io.github.dlplayground.app.lesson;

import javafx.scene.Node;

/**
 * One lesson of the course as the shell sees it: a view built when the lesson is opened, and
 * {@link #dispose()} when it is left (stop animators and training threads). FX thread only.
 */
public interface Lesson {
    /** The lesson's content, created once per opening. */
    Node view();

    /** Stops timers and background work and releases listeners; the view is not used again. */
    void dispose();
}
