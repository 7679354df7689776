/**
 * Lesson 5, the build &amp; train studio: design a network from palette blocks (an undoable edit history over a
 * {@code NetworkSpec}), train it on Fashion-MNIST off the FX thread, and watch curves, the confusion matrix,
 * a prediction gallery and the inside of the network (layer statistics, kernels, feature maps, dropout).
 */
package io.github.dlplayground.app.lesson.studio;
