package io.github.dlplayground.engine.train;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The numbers of one finished epoch, as kept in a model file's history. Training loss and accuracy are
 * running means over the epoch's minibatches (as the book's train_epoch computes them, while the weights
 * move); evaluation is on the validation set when one is held out, else on the test set. In JSON the fields
 * are snake_case (train_loss, eval_accuracy, …).
 *
 * @param epoch           1-based
 * @param evaluatedOn     "validation" or "test"
 * @param seconds         wall time of the epoch's training steps, without the evaluation
 * @param evalSeconds     wall time of the evaluation
 * @param lr              learning rate used in this epoch
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, String evaluatedOn, double evalLoss,
                           double evalAccuracy, double seconds, double evalSeconds, double lr) {
}
