package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.nn.BatchNorm;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained network: its spec, the training settings, the weights of every layer, the per-epoch history,
 * the final test result and the data it was trained on, plus the state that is not trained by gradients but
 * used in inference (BatchNorm's running_mean and running_var, named as in PyTorch's state_dict).
 * {@link ModelFiles} reads and writes it; see there for the JSON layout.
 *
 * @param created   ISO-8601 instant of saving
 * @param test      final test-set result, or null
 * @param buffers   running statistics of the BatchNorm layers; empty for networks without them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelFile(@JsonProperty("created") String created,
                        @JsonProperty(value = "network", required = true) NetworkSpec network,
                        @JsonProperty("training") TrainingConfig training,
                        @JsonProperty("data") DataInfo data,
                        @JsonProperty("history") List<EpochMetrics> history,
                        @JsonProperty("test") TestResult test,
                        @JsonProperty(value = "weights", required = true) List<WeightTensor> weights,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY)
                        @JsonProperty("buffers") List<WeightTensor> buffers) {
    /** PyTorch's names of BatchNorm's running statistics. */
    public static final String RUNNING_MEAN = "running_mean";
    public static final String RUNNING_VAR = "running_var";

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
        buffers = buffers == null ? List.of() : List.copyOf(buffers);
    }

    /** A model without running statistics (no BatchNorm layers). */
    public ModelFile(String created, NetworkSpec network, TrainingConfig training, DataInfo data,
                     List<EpochMetrics> history, TestResult test, List<WeightTensor> weights) {
        this(created, network, training, data, history, test, weights, List.of());
    }

    /** Captures a network's current weights and the running statistics of its BatchNorm layers. */
    public static ModelFile of(NetworkSpec spec, TrainingConfig training, Sequential network, DataSource source,
                               List<EpochMetrics> history, Evaluation test) {
        List<WeightTensor> weights = new ArrayList<>();
        List<WeightTensor> buffers = new ArrayList<>();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                weights.add(WeightTensor.of(i, p.name(), p.shape().dims(), p.value()));
            }
            if (layers.get(i) instanceof BatchNorm norm) {
                float[] mean = norm.runningMean();
                buffers.add(WeightTensor.of(i, RUNNING_MEAN, new int[] {mean.length}, mean));
                buffers.add(WeightTensor.of(i, RUNNING_VAR, new int[] {mean.length}, norm.runningVariance()));
            }
        }
        return new ModelFile(Instant.now().toString(), spec, training, source == null ? null : DataInfo.of(source),
                history, TestResult.of(test), weights, buffers);
    }

    /**
     * Builds the network of the spec and loads the weights and running statistics; throws
     * IllegalArgumentException naming the layer and tensor when the saved ones do not fit the spec.
     */
    public Sequential buildNetwork() {
        Sequential network = NetworkBuilder.build(network(), WeightInit.DEFAULT, 0);
        List<Layer> layers = network.layers();
        int used = 0;
        int usedBuffers = 0;
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                float[] values = values(weights, i, p.name(), p.shape().dims(), "weights");
                System.arraycopy(values, 0, p.value(), 0, values.length);
                used++;
            }
            if (layers.get(i) instanceof BatchNorm norm) {
                int[] shape = {norm.weight().size()};
                float[] mean = values(buffers, i, RUNNING_MEAN, shape, "running statistics");
                float[] variance = values(buffers, i, RUNNING_VAR, shape, "running statistics");
                try {
                    norm.loadRunningStatistics(mean, variance);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the running statistics of "
                            + SpecReport.label(i, network().layers().get(i)) + ": " + e.getMessage(), e);
                }
                usedBuffers += 2;
            }
        }
        if (used != weights.size()) {
            throw new IllegalArgumentException("the file holds " + weights.size() + " weight tensors but the network has "
                    + used + " parameters — the weights belong to another network");
        }
        if (usedBuffers != buffers.size()) {
            throw new IllegalArgumentException("the file holds " + buffers.size() + " running statistics but the "
                    + "network's BatchNorm layers keep " + usedBuffers + " — they belong to another network");
        }
        return network;
    }

    /** The values of tensor {@code name} of layer {@code layer} in {@code tensors}, checked against {@code shape}. */
    private float[] values(List<WeightTensor> tensors, int layer, String name, int[] shape, String kind) {
        WeightTensor w = find(tensors, layer, name);
        String where = SpecReport.label(layer, network().layers().get(layer)) + " " + name;
        if (w == null) {
            throw new IllegalArgumentException("the " + kind + " of " + where + " are missing");
        }
        int[] saved = w.shape().stream().mapToInt(Integer::intValue).toArray();
        if (!Arrays.equals(saved, shape)) {
            throw new IllegalArgumentException("the " + kind + " of " + where + " have shape " + Shape.of(saved)
                    + " but the network needs " + Shape.of(shape));
        }
        try {
            return w.values();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + kind + " of " + where + ": " + e.getMessage(), e);
        }
    }

    private static WeightTensor find(List<WeightTensor> tensors, int layer, String name) {
        for (WeightTensor w : tensors) {
            if (w.layer() == layer && w.name().equals(name)) {
                return w;
            }
        }
        return null;
    }
}
