/**
 * The confusion matrix as a heat map (rows: true class, columns: predicted class; click a cell to pick the
 * test images of that pair) and per-class accuracy bars. The numbers come from the engine's evaluation.
 */
package io.github.dlplayground.visuals.confusion;
