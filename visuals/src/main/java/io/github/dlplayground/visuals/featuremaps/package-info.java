/**
 * Grids of small heat maps for what a convolutional network learned and sees: the learned kernels of a
 * Conv2d (signed, diverging colours) and the feature maps each layer makes of one chosen test image.
 */
package io.github.dlplayground.visuals.featuremaps;
