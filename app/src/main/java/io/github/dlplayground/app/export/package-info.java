/**
 * Exports a trained network for homework, slides and real PyTorch: the PyTorch program, a Jupyter notebook with
 * hyperparameters, architecture, code and the app's results, PNG images of the training curves and the confusion
 * matrix (drawn with java.awt, headless), and the metrics as CSV. Used by the studio's Export menu and by the
 * {@code export} command; no JavaFX here, so the command line can use it.
 */
package io.github.dlplayground.app.export;
