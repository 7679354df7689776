/**
 * Loss functions over a batch, each with forward (the mean loss) and backward (∂loss/∂prediction):
 * softmax cross-entropy from logits and the squared loss.
 */
package io.github.dlplayground.engine.loss;
