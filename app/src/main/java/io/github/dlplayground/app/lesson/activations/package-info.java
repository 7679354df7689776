/**
 * Lesson 4, activations, over-fitting and dropout: the activation explorer (functions, derivatives, gradients
 * through stacked layers), the book's polynomial fitted with the engine's Linear and Sgd, and the engine's
 * Dropout animated. Also the small canvas and control helpers the concept lessons share.
 */
package io.github.dlplayground.app.lesson.activations;
