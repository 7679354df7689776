package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

/**
 * One parameter of a saved network: the index of its layer in the spec (0-based), its name ("weight",
 * "bias"), its shape and its values. In JSON the values are {@code "data"}: the float32 values in row-major
 * order as little-endian bytes, Base64-encoded (RFC 4648, no line breaks) — bit-exact and about a third
 * larger than the raw bytes.
 */
public record WeightTensor(@JsonProperty(value = "layer", required = true) int layer,
                           @JsonProperty(value = "name", required = true) String name,
                           @JsonProperty(value = "shape", required = true) List<Integer> shape,
                           @JsonProperty(value = "data", required = true) String data) {
    /** The value of {@code "encoding"} in model files. */
    public static final String ENCODING = "base64-float32-le";

    public WeightTensor {
        shape = List.copyOf(shape);
    }

    public static WeightTensor of(int layer, String name, int[] shape, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        Integer[] boxed = new Integer[shape.length];
        for (int i = 0; i < shape.length; i++) {
            boxed[i] = shape[i];
        }
        return new WeightTensor(layer, name, List.of(boxed), Base64.getEncoder().encodeToString(bytes.array()));
    }

    /** Product of the shape. */
    public long size() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Decodes the values; throws IllegalArgumentException when the data does not hold size() floats. */
    public float[] values() {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its data is not valid Base64 (" + e.getMessage() + ")", e);
        }
        if (raw.length != size() * Float.BYTES) {
            throw new IllegalArgumentException("its data holds " + raw.length + " bytes but shape " + shape + " needs "
                    + size() * Float.BYTES);
        }
        float[] out = new float[(int) size()];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
