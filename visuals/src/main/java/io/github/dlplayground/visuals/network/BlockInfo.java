package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.tensor.Shape;

/**
 * What the canvas shows for one block, from the engine's shape inference: the input and output shape of
 * one sample (null once an earlier block is broken), parameters, FLOPs per image (−1 when unknown) and the
 * first problem of this block as the engine's sentence (null when it is fine).
 */
public record BlockInfo(int index, LayerSpec spec, Shape input, Shape output, long parameterCount, long flops,
                        String problem) {
    public boolean hasProblem() {
        return problem != null;
    }
}
