/**
 * The drawing lesson's components: a drawing pad whose model is a float ink buffer (the canvas only shows
 * it), previews of the MNIST preprocessing steps, probability bars, and heat maps of a network's activations.
 */
package io.github.dlplayground.visuals.drawing;
