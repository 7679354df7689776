package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained network: its spec, the training settings, the weights of every layer, the per-epoch history,
 * the final test result and the data it was trained on. {@link ModelFiles} reads and writes it; see there
 * for the JSON layout.
 *
 * @param created   ISO-8601 instant of saving
 * @param test      final test-set result, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelFile(@JsonProperty("created") String created,
                        @JsonProperty(value = "network", required = true) NetworkSpec network,
                        @JsonProperty("training") TrainingConfig training,
                        @JsonProperty("data") DataInfo data,
                        @JsonProperty("history") List<EpochMetrics> history,
                        @JsonProperty("test") TestResult test,
                        @JsonProperty(value = "weights", required = true) List<WeightTensor> weights) {

    /** Test loss and accuracy of the saved weights. */
    public record TestResult(@JsonProperty("loss") double loss, @JsonProperty("accuracy") double accuracy,
                             @JsonProperty("count") int count) {
        public static TestResult of(Evaluation e) {
            return e == null ? null : new TestResult(e.loss(), e.accuracy(), e.count());
        }
    }

    public ModelFile {
        training = training == null ? TrainingConfig.defaults() : training;
        history = history == null ? List.of() : List.copyOf(history);
        weights = List.copyOf(weights);
    }

    /** Captures a network's current weights. */
    public static ModelFile of(NetworkSpec spec, TrainingConfig training, Sequential network, DataSource source,
                               List<EpochMetrics> history, Evaluation test) {
        List<WeightTensor> weights = new ArrayList<>();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                weights.add(WeightTensor.of(i, p.name(), p.shape().dims(), p.value()));
            }
        }
        return new ModelFile(Instant.now().toString(), spec, training, source == null ? null : DataInfo.of(source),
                history, TestResult.of(test), weights);
    }

    /**
     * Builds the network of the spec and loads the weights; throws IllegalArgumentException naming the layer
     * and parameter when the saved weights do not fit the spec.
     */
    public Sequential buildNetwork() {
        Sequential network = NetworkBuilder.build(network(), WeightInit.DEFAULT, 0);
        List<Layer> layers = network.layers();
        int used = 0;
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                WeightTensor w = find(i, p.name());
                String where = SpecReport.label(i, network().layers().get(i)) + " " + p.name();
                if (w == null) {
                    throw new IllegalArgumentException("the weights of " + where + " are missing");
                }
                int[] shape = w.shape().stream().mapToInt(Integer::intValue).toArray();
                if (!Arrays.equals(shape, p.shape().dims())) {
                    throw new IllegalArgumentException("the weights of " + where + " have shape "
                            + io.github.dlplayground.engine.tensor.Shape.of(shape) + " but the network needs " + p.shape());
                }
                float[] values;
                try {
                    values = w.values();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the weights of " + where + ": " + e.getMessage(), e);
                }
                System.arraycopy(values, 0, p.value(), 0, values.length);
                used++;
            }
        }
        if (used != weights.size()) {
            throw new IllegalArgumentException("the file holds " + weights.size() + " weight tensors but the network has "
                    + used + " parameters — the weights belong to another network");
        }
        return network;
    }

    private WeightTensor find(int layer, String name) {
        for (WeightTensor w : weights) {
            if (w.layer() == layer && w.name().equals(name)) {
                return w;
            }
        }
        return null;
    }
}
