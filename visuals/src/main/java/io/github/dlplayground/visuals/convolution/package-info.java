/**
 * The convolution and pooling animator: a toolkit-free model of a Conv2d / MaxPool2d / AvgPool2d step by step
 * (window positions, written-out products, output cells filled from the engine's own forward pass), its
 * geometry, renderer, view, animator and frame export for slides.
 */
package io.github.dlplayground.visuals.convolution;
