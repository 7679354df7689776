/**
 * Training a network on an image dataset: {@link io.github.dlplayground.engine.train.Trainer} (epochs ×
 * minibatches, pause, stop, single steps, learning-rate schedules, divergence detection), the immutable
 * events it sends to a {@link io.github.dlplayground.engine.train.TrainingListener}, evaluation metrics with
 * a confusion matrix, and per-layer statistics for the studio.
 */
package io.github.dlplayground.engine.train;
