/**
 * Float32 tensors: a contiguous row-major {@code float[]} and its {@link io.github.dlplayground.engine.tensor.Shape}
 * ([N, features] or [N, C, H, W]); only what the layers need, not a general array library.
 */
package io.github.dlplayground.engine.tensor;
