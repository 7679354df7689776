package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How weights start, for Linear and Conv2d layers (fan_in = inputs per output, fan_out = outputs per input):
 * DEFAULT is PyTorch's own (weights and biases uniform in ±1/√fan_in); NORMAL is the book's init_weights for
 * softmax regression and MLPs (weights N(0, 0.01²)); XAVIER is the book's LeNet init (weights uniform in
 * ±√(6 / (fan_in + fan_out))); HE is Kaiming normal (weights N(0, 2 / fan_in)). Except for DEFAULT only the
 * weights change and biases keep PyTorch's default, as {@code net.apply(init_weights)} does in the book.
 * JSON: "default", "normal", "xavier", "he".
 */
public enum WeightInit {
    DEFAULT, NORMAL, XAVIER, HE;

    /** Standard deviation of NORMAL, as in the book. */
    public static final double NORMAL_STD = 0.01;

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
