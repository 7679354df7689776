package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dlplayground.engine.optim.OptimizerConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
        return with(d -> d.optimizer = o);
    }

    public TrainingConfig withBatchSize(int b) {
        return with(d -> d.batchSize = b);
    }

    public TrainingConfig withEpochs(int e) {
        return with(d -> d.epochs = e);
    }

    public TrainingConfig withSchedule(LrSchedule s) {
        return with(d -> d.schedule = s);
    }

    public TrainingConfig withInit(WeightInit i) {
        return with(d -> d.init = i);
    }

    public TrainingConfig withSeed(long s) {
        return with(d -> d.seed = s);
    }

    public TrainingConfig withValidationFraction(double f) {
        return with(d -> d.validationFraction = f);
    }

    public TrainingConfig withTrainingSetSize(int n) {
        return with(d -> d.trainingSetSize = n);
    }

    /** A copy with the fields that {@code change} sets on a mutable draft of this one. */
    private TrainingConfig with(Consumer<Draft> change) {
        var draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** The fields of a config, mutable, for the with-methods. */
    private static final class Draft {
        OptimizerConfig optimizer;
        int batchSize;
        int epochs;
        LrSchedule schedule;
        WeightInit init;
        long seed;
        double validationFraction;
        int trainingSetSize;

        Draft(TrainingConfig c) {
            optimizer = c.optimizer;
            batchSize = c.batchSize;
            epochs = c.epochs;
            schedule = c.schedule;
            init = c.init;
            seed = c.seed;
            validationFraction = c.validationFraction;
            trainingSetSize = c.trainingSetSize;
        }

        TrainingConfig build() {
            return new TrainingConfig(optimizer, batchSize, epochs, schedule, init, seed, validationFraction,
                    trainingSetSize);
        }
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
