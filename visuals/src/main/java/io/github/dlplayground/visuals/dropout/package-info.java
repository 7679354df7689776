/**
 * Dropout made visible: for one image of the current batch, the units entering a Dropout layer, which of
 * them it zeroed, the 1/(1−p) scaling of the kept ones, and the unchanged values at evaluation time.
 */
package io.github.dlplayground.visuals.dropout;
