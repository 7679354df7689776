/**
 * Lesson 7, draw and classify: the pad and its tools, the preprocessing shown step by step, live class
 * probabilities from a worker thread, every layer's activations, the choice of model and "teach it"
 * fine-tuning. The numbers come from engine.digits, the pictures from visuals.drawing.
 */
package io.github.dlplayground.app.lesson.drawing;
