/**
 * Lesson 6 "convolution": the convolution and pooling animator with its settings, fills, playback, written-out
 * sums, the output-shape formula and export for slides. Every number comes from the engine's layers.
 */
package io.github.dlplayground.app.lesson.convolution;
