/**
 * Layers with forward and backward passes over batches of float32 tensors ([N, features] or [N, C, H, W]):
 * Linear, Conv2d, pooling, activations, Dropout, Flatten and Sequential, plus weight initialisers.
 * Every layer is checked against numerical gradients in the tests; bad configurations fail with one sentence.
 */
package io.github.dlplayground.engine.nn;
