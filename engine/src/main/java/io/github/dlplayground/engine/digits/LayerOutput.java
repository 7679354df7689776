package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.tensor.Shape;

/** What one layer produced for one drawing: the layer's description, the sample's shape (no batch) and values. */
public record LayerOutput(String layer, Shape shape, float[] values) {
}
