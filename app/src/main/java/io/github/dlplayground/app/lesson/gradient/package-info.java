/**
 * Lesson 3, gradient descent and optimizers: the engine's torch.optim rules race over loss surfaces and the
 * book's 1D curves, with hyperparameter controls, gradient noise, the divergence rule, a loss chart and the
 * quantities behind each step. {@link io.github.dlplayground.app.lesson.gradient.NumberControl} (slider +
 * exact field) is shared with lesson 1.
 */
package io.github.dlplayground.app.lesson.gradient;
