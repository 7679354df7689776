package io.github.dlplayground.app.shell;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Optional for a lesson whose view fills in after background work (probing backends, loading data): the
 * screenshot command waits until {@link #readyProperty()} is true before it takes the picture.
 */
public interface Readiness {
    ObservableBooleanValue readyProperty();
}
