package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dlplayground.engine.optim.OptimizerConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * How to train a network, stored beside it in network and model files. Weight decay is the optimizer's
 * {@code weight_decay} (as in torch.optim). Missing JSON fields take the values of {@link #defaults()}.
 *
 * @param optimizer          the update rule and its hyperparameters (learning rate included)
 * @param batchSize          examples per minibatch
 * @param epochs             passes over the training set
 * @param schedule           how the learning rate changes per epoch
 * @param init               how weights start
 * @param seed               seeds the weights, the shuffling, dropout and the validation split
 * @param validationFraction share of the training set held out for validation, in [0, 1); 0 reports test
 *                           accuracy instead
 * @param trainingSetSize    training examples to use (before the validation split); 0 means all
 */
public record TrainingConfig(
        @JsonProperty("optimizer") @JsonSerialize(using = OptimizerJson.Serializer.class)
        @JsonDeserialize(using = OptimizerJson.Deserializer.class) OptimizerConfig optimizer,
        @JsonProperty("batch_size") int batchSize,
        @JsonProperty("epochs") int epochs,
        @JsonProperty("schedule") LrSchedule schedule,
        @JsonProperty("init") WeightInit init,
        @JsonProperty("seed") long seed,
        @JsonProperty("validation_fraction") double validationFraction,
        @JsonProperty("training_set_size") int trainingSetSize) {

    public TrainingConfig {
        schedule = schedule == null ? new LrSchedule.Constant() : schedule;
        init = init == null ? WeightInit.DEFAULT : init;
    }

    /** The book's softmax and MLP settings: SGD lr 0.1, batch 256, 10 epochs, constant rate, PyTorch's init, seed 1. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(OptimizerConfig.defaults("sgd").withLr(0.1), 256, 10, new LrSchedule.Constant(),
                WeightInit.DEFAULT, 1, 0, 0);
    }

    /** Reads JSON with missing fields taken from {@link #defaults()}. */
    @JsonCreator
    static TrainingConfig fromJson(
            @JsonProperty("optimizer") @JsonDeserialize(using = OptimizerJson.Deserializer.class) OptimizerConfig optimizer,
            @JsonProperty("batch_size") Integer batchSize,
            @JsonProperty("epochs") Integer epochs,
            @JsonProperty("schedule") LrSchedule schedule,
            @JsonProperty("init") WeightInit init,
            @JsonProperty("seed") Long seed,
            @JsonProperty("validation_fraction") Double validationFraction,
            @JsonProperty("training_set_size") Integer trainingSetSize) {
        TrainingConfig d = defaults();
        return new TrainingConfig(optimizer != null ? optimizer : d.optimizer(),
                batchSize != null ? batchSize : d.batchSize(), epochs != null ? epochs : d.epochs(),
                schedule, init, seed != null ? seed : d.seed(),
                validationFraction != null ? validationFraction : d.validationFraction(),
                trainingSetSize != null ? trainingSetSize : d.trainingSetSize());
    }

    /** The optimizer's weight decay (L2 penalty coefficient). */
    public double weightDecay() {
        return optimizer.weightDecay();
    }

    /** The base learning rate (before the schedule). */
    public double lr() {
        return optimizer.lr();
    }

    public TrainingConfig withOptimizer(OptimizerConfig o) {
        return new TrainingConfig(o, batchSize, epochs, schedule, init, seed, validationFraction, trainingSetSize);
    }

    public TrainingConfig withBatchSize(int b) {
        return new TrainingConfig(optimizer, b, epochs, schedule, init, seed, validationFraction, trainingSetSize);
    }

    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(optimizer, batchSize, e, schedule, init, seed, validationFraction, trainingSetSize);
    }

    public TrainingConfig withSchedule(LrSchedule s) {
        return new TrainingConfig(optimizer, batchSize, epochs, s, init, seed, validationFraction, trainingSetSize);
    }

    public TrainingConfig withInit(WeightInit i) {
        return new TrainingConfig(optimizer, batchSize, epochs, schedule, i, seed, validationFraction, trainingSetSize);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(optimizer, batchSize, epochs, schedule, init, s, validationFraction, trainingSetSize);
    }

    public TrainingConfig withValidationFraction(double f) {
        return new TrainingConfig(optimizer, batchSize, epochs, schedule, init, seed, f, trainingSetSize);
    }

    public TrainingConfig withTrainingSetSize(int n) {
        return new TrainingConfig(optimizer, batchSize, epochs, schedule, init, seed, validationFraction, n);
    }

    /** Every problem as a sentence naming the JSON field; empty when training can start. */
    public List<String> problems() {
        var out = new ArrayList<String>();
        if (optimizer == null) {
            out.add("optimizer is missing; e.g. {\"kind\": \"sgd\", \"lr\": 0.1}");
        } else {
            out.addAll(optimizer.problems());
        }
        if (batchSize < 1) {
            out.add("batch_size must be at least 1, got " + batchSize + "; the book uses 256");
        }
        if (epochs < 1) {
            out.add("epochs must be at least 1, got " + epochs);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            out.add("validation_fraction must be in [0, 1), got " + validationFraction);
        }
        if (trainingSetSize < 0) {
            out.add("training_set_size must be 0 (all) or more, got " + trainingSetSize);
        }
        out.addAll(schedule.problems());
        return out;
    }
}
