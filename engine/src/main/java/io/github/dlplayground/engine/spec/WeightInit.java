package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How weights start, for Linear and Conv2d layers (fan_in = in·kh·kw, fan_out = out·kh·kw), drawn by the
 * engine's {@link io.github.dlplayground.engine.nn.Init}: DEFAULT is PyTorch's own (weights and biases
 * uniform in ±1/√fan_in); NORMAL is the book's init_weights for softmax regression and MLPs (weights
 * N(0, 0.01²)); XAVIER is the book's LeNet init (weights uniform in ±√(6 / (fan_in + fan_out))); HE is Kaiming
 * normal (weights N(0, 2 / fan_in)). NORMAL, XAVIER and HE set biases to 0 (the book leaves PyTorch's
 * small uniform biases; the difference does not show after the first steps). JSON: "default", "normal",
 * "xavier", "he".
 */
public enum WeightInit {
    DEFAULT, NORMAL, XAVIER, HE;

    /** Standard deviation of NORMAL, as in the book. */
    public static final double NORMAL_STD = 0.01;

    /** The engine initialiser. */
    public io.github.dlplayground.engine.nn.Init toInit() {
        return switch (this) {
            case DEFAULT -> io.github.dlplayground.engine.nn.Init.pytorchDefault();
            case NORMAL -> io.github.dlplayground.engine.nn.Init.normal(NORMAL_STD);
            case XAVIER -> io.github.dlplayground.engine.nn.Init.xavierUniform();
            case HE -> io.github.dlplayground.engine.nn.Init.he();
        };
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WeightInit fromJson(String name) {
        for (WeightInit w : values()) {
            if (w.jsonName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return w;
            }
        }
        throw new SpecException("unknown weight init '" + name + "'; valid names: "
                + Arrays.stream(values()).map(WeightInit::jsonName).collect(Collectors.joining(", ")));
    }
}
