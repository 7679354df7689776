package io.github.dlplayground.visuals.confusion;

/** One cell of a confusion matrix: test images of class {@code trueClass} predicted as {@code predicted}. */
public record MatrixCell(int trueClass, int predicted) {
}
