package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;

/**
 * What the studio shows after an epoch: the engine's metrics and evaluation (confusion matrix, per-class
 * accuracy) and every evaluated image's predicted class with its softmax probability, for the gallery.
 *
 * @param evalSet     the images that were evaluated (validation or test set)
 * @param predicted   arg-max class per image of evalSet
 * @param probability softmax probability of that class per image
 */
record EpochReport(EpochMetrics metrics, Evaluation evaluation, Dataset evalSet, int[] predicted,
                   float[] probability) {
}
