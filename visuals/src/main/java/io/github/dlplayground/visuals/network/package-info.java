/**
 * The network canvas of the studio: a {@link io.github.dlplayground.visuals.network.NetworkDesign} edits a
 * {@code NetworkSpec} (never live layers) through undoable commands on an edit history and reports each
 * block's shapes, parameters and problems; the canvas draws blocks, takes layers dragged from the palette,
 * reorders by dragging and deletes with the Delete key.
 */
package io.github.dlplayground.visuals.network;
