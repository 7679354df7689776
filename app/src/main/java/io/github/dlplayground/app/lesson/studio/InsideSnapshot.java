package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.train.LayerStatistics;

import java.util.List;

/**
 * A look inside the network after one step: the engine's per-layer statistics (null when not measured this
 * time), the weights of every Conv2d, and every layer's output for one chosen image (empty when none).
 *
 * @param step optimizer steps so far
 */
record InsideSnapshot(long step, List<LayerStatistics> statistics, List<Kernels> kernels, int imageIndex,
                      float[] image, List<FeatureMap> maps) {
    /** A Conv2d's weight [out, in, kh, kw], copied. */
    record Kernels(int layer, Shape shape, float[] weight) {
    }

    /** Layer {@code layer}'s output for the chosen image (one sample, no batch dimension), copied. */
    record FeatureMap(int layer, Shape shape, float[] values) {
    }
}
