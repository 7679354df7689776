package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlplayground.engine.data.DataSource;

import java.util.Locale;

/**
 * Which data a model was trained on: dataset folder name ("fashion-mnist", "mnist"), the kind of source
 * ("user_folder", "cache", "system_package", "download", "sample"), its location and the example counts.
 */
public record DataInfo(@JsonProperty("dataset") String dataset,
                       @JsonProperty("source") String source,
                       @JsonProperty("location") String location,
                       @JsonProperty("train_count") int trainCount,
                       @JsonProperty("test_count") int testCount) {
    public static DataInfo of(DataSource source) {
        return new DataInfo(source.dataset().folderName(), source.kind().name().toLowerCase(Locale.ROOT),
                source.location(), source.trainCount(), source.testCount());
    }
}
