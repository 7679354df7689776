/**
 * Lesson 1, linear regression: the book's synthetic data fitted live by minibatch SGD (the engine's
 * optim.Sgd), drawn as a scatter with its line and as a path on the exact loss surface L(w, b).
 */
package io.github.dlplayground.app.lesson.linreg;
