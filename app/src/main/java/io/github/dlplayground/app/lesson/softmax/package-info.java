/**
 * Lesson 2, softmax and cross-entropy: the book's cat / chicken / dog example with logits from o = Wx + b or
 * sliders, probabilities with their ranks, cross-entropy against squared error, and the naive formula's
 * overflow beside the engine's stable log-sum-exp. Every number shown comes from the engine.
 */
package io.github.dlplayground.app.lesson.softmax;
