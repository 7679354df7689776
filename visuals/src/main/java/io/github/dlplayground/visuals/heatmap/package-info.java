/**
 * Colour maps and a small grid-of-heat-maps renderer shared by the confusion matrix, conv kernels and
 * feature maps: perceptual (viridis) for magnitudes, diverging for signed values.
 */
package io.github.dlplayground.visuals.heatmap;
