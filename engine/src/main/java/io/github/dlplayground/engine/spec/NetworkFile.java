package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The content of a network file: a network and how to train it. On disk (see {@link NetworkFiles}) it is
 * {@code {"format": "dlplayground-network", "version": 1, "network": {…}, "training": {…}}}.
 *
 * @param training never null; a file without it gets {@link TrainingConfig#defaults()}
 */
public record NetworkFile(@JsonProperty(value = "network", required = true) NetworkSpec network,
                          @JsonProperty("training") TrainingConfig training) {
    public NetworkFile {
        training = training == null ? TrainingConfig.defaults() : training;
    }
}
