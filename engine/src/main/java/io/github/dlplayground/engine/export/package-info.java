/**
 * Hands a trained network over to other tools: a PyTorch program that trains the same network with the same
 * settings ({@link io.github.dlplayground.engine.export.PytorchScript}), Jupyter notebooks in nbformat 4.5
 * ({@link io.github.dlplayground.engine.export.Notebook}) and the per-epoch metrics as CSV. Text only; no JavaFX.
 */
package io.github.dlplayground.engine.export;
