package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A (height, width) pair for kernel sizes, padding and strides. In JSON it is a number when both are
 * equal ({@code "kernel_size": 5}) and {@code [height, width]} otherwise, as in PyTorch.
 */
public record Size2(int height, int width) {
    public static Size2 of(int both) {
        return new Size2(both, both);
    }

    public static Size2 of(int height, int width) {
        return new Size2(height, width);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Size2 fromJson(JsonNode node) {
        if (node.isInt()) {
            return of(node.intValue());
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isInt() && node.get(1).isInt()) {
            return of(node.get(0).intValue(), node.get(1).intValue());
        }
        throw new IllegalArgumentException("expected a whole number or [height, width], got " + node);
    }

    @JsonValue
    Object toJson() {
        return height == width ? (Object) height : List.of(height, width);
    }

    public boolean isSquare() {
        return height == width;
    }

    /** "5" when square, else "3×5". */
    @Override
    public String toString() {
        return isSquare() ? Integer.toString(height) : height + "×" + width;
    }
}
