package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlplayground.visuals.convolution.ConvOperation;
import io.github.dlplayground.visuals.convolution.ConvSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * The {@code conv --spec} file: {"op": "conv"|"maxpool"|"avgpool", "input": [C][H][W], "kernel": [Co][Ci][kh][kw]
 * (conv), "bias": [Co] or null (conv), "window": [kh, kw] (pooling), "padding": [ph, pw] (each side, default
 * [0, 0]), "stride": [sh, sw] (default [1, 1] for conv, the window for pooling)}. Parsing checks every field
 * and names the one that is wrong.
 */
record ConvSpec(ConvSettings settings, float[] input, float[] kernel, float[] bias) {
    private static final Set<String> FIELDS = Set.of("op", "input", "kernel", "bias", "window", "padding", "stride");

    static ConvSpec read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        }
        return parse(root, file.toString());
    }

    static ConvSpec parse(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": the spec must be a JSON object with \"op\" and \"input\"");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(name + ": unknown field \"" + field + "\" (known: op, input, kernel,"
                        + " bias, window, padding, stride)");
            }
        }
        ConvOperation op = operation(root.get("op"), name);
        ConvGrid input = ConvGrid.of(root.get("input"), 3, "input", "[C][H][W]", name);
        int[] padding = pair(root.get("padding"), "padding", new int[] {0, 0}, 0, name);
        if (op == ConvOperation.CONV) {
            reject(root, "window", "conv uses \"kernel\", not \"window\"", name);
            ConvGrid kernel = ConvGrid.of(root.get("kernel"), 4, "kernel", "[Co][Ci][kh][kw]", name);
            if (kernel.dims()[1] != input.dims()[0]) {
                throw new IllegalArgumentException(name + ": \"kernel\" has " + kernel.dims()[1]
                        + " input channel(s) but \"input\" has " + input.dims()[0]);
            }
            int out = kernel.dims()[0];
            float[] bias = bias(root.get("bias"), out, name);
            int[] stride = pair(root.get("stride"), "stride", new int[] {1, 1}, 0, name);
            var s = new ConvSettings(op, input.dims()[0], out, input.dims()[1], input.dims()[2], kernel.dims()[2],
                    kernel.dims()[3], padding[0], padding[1], stride[0], stride[1], false);
            return new ConvSpec(s, input.values(), kernel.values(), bias);
        }
        reject(root, "kernel", "pooling has no kernel; give \"window\": [kh, kw]", name);
        reject(root, "bias", "pooling has no bias", name);
        if (root.get("window") == null) {
            throw new IllegalArgumentException(name + ": pooling needs \"window\": [kh, kw]");
        }
        int[] window = pair(root.get("window"), "window", null, 1, name);
        int[] stride = pair(root.get("stride"), "stride", window, 0, name);
        int c = input.dims()[0];
        var s = new ConvSettings(op, c, c, input.dims()[1], input.dims()[2], window[0], window[1], padding[0],
                padding[1], stride[0], stride[1], false);
        return new ConvSpec(s, input.values(), new float[c * c * window[0] * window[1]], new float[c]);
    }

    private static ConvOperation operation(JsonNode node, String name) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(name + ": \"op\" must be \"conv\", \"maxpool\" or \"avgpool\"");
        }
        return switch (node.asText()) {
            case "conv" -> ConvOperation.CONV;
            case "maxpool" -> ConvOperation.MAX_POOL;
            case "avgpool" -> ConvOperation.AVG_POOL;
            default -> throw new IllegalArgumentException(name + ": \"op\" is \"" + node.asText()
                    + "\"; use \"conv\", \"maxpool\" or \"avgpool\"");
        };
    }

    private static void reject(JsonNode root, String field, String why, String name) {
        JsonNode node = root.get(field);
        if (node != null && !node.isNull()) {
            throw new IllegalArgumentException(name + ": \"" + field + "\" does not belong here: " + why);
        }
    }

    private static float[] bias(JsonNode node, int out, String name) {
        if (node == null || node.isNull()) {
            return new float[out];
        }
        ConvGrid bias = ConvGrid.of(node, 1, "bias", "[Co]", name);
        if (bias.dims()[0] != out) {
            throw new IllegalArgumentException(name + ": \"bias\" has " + bias.dims()[0] + " value(s) but the kernel has "
                    + out + " output channel(s)");
        }
        return bias.values();
    }

    /** Two whole numbers ≥ min, e.g. "padding": [1, 2]; the default when absent (null: required). */
    private static int[] pair(JsonNode node, String field, int[] fallback, int min, String name) {
        if (node == null || node.isNull()) {
            return fallback.clone();
        }
        String expected = name + ": \"" + field + "\" must be two whole numbers ≥ " + min + " [h, w]";
        if (!node.isArray() || node.size() != 2) {
            throw new IllegalArgumentException(expected);
        }
        int[] out = new int[2];
        for (int i = 0; i < 2; i++) {
            JsonNode v = node.get(i);
            if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.asInt() < min) {
                throw new IllegalArgumentException(expected + ", got " + node);
            }
            out[i] = v.asInt();
        }
        return out;
    }
}
