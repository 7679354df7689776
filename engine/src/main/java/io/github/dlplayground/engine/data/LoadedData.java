package io.github.dlplayground.engine.data;

/** A dataset's training and test parts and where they came from. */
public record LoadedData(Dataset train, Dataset test, DataSource source) {
}
