package io.github.dlplayground.visuals.convolution;

/** What slides over the input: a convolution kernel (one per output/input channel pair) or a pooling window. */
public enum ConvOperation {
    CONV, MAX_POOL, AVG_POOL;

    public boolean isPooling() {
        return this != CONV;
    }
}
