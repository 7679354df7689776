package io.github.dlplayground.visuals.network;

/** Kinds of blocks, each with its own colour stripe on the canvas. */
public enum LayerCategory {
    /** Linear, Conv2d: hold weights. */
    WEIGHTS,
    /** ReLU, LeakyReLU, sigmoid, tanh. */
    ACTIVATION,
    /** Max and average pooling. */
    POOLING,
    /** BatchNorm: normalises each feature or channel, with a learned scale and shift. */
    NORMALIZATION,
    /** Flatten and Dropout: reshape or regularise, no weights. */
    OTHER
}
