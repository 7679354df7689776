/**
 * Shared engine helpers: the one compute pool that parallelises loops (im2col, pooling, activations)
 * and the seeded random generator every random choice in the engine is drawn from.
 */
package io.github.dlplayground.engine.util;
