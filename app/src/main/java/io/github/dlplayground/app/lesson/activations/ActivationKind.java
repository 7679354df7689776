package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.LeakyRelu;
import io.github.dlplayground.engine.nn.Relu;
import io.github.dlplayground.engine.nn.Sigmoid;
import io.github.dlplayground.engine.nn.Tanh;

/**
 * The activation functions the explorer compares, each built as the engine's own layer on the pure-Java
 * backend (the explorer's tensors are a few hundred numbers: no native library is worth loading for them).
 */
public enum ActivationKind {
    RELU("relu"), LEAKY_RELU("leakyrelu"), SIGMOID("sigmoid"), TANH("tanh");

    private final String id;

    ActivationKind(String id) {
        this.id = id;
    }

    /** Short id, also the suffix of its i18n key "activations.fn.ID". */
    public String id() {
        return id;
    }

    public String i18nKey() {
        return "activations.fn." + id;
    }

    /** A fresh engine layer; {@code negativeSlope} is only read by LeakyReLU. */
    public Layer create(double negativeSlope) {
        Layer layer = switch (this) {
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu(negativeSlope);
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
        };
        layer.useBackend(Backends.select("java"));
        return layer;
    }
}
