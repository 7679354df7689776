package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;

/**
 * A rectangular nested JSON array of numbers, e.g. [C][H][W], flattened row-major; reading it checks the
 * nesting depth, that every row has the same length and that every entry is a finite number.
 */
record ConvGrid(int[] dims, float[] values) {
    static ConvGrid of(JsonNode node, int rank, String field, String layout, String name) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(name + ": \"" + field + "\" is missing; give it as " + layout);
        }
        int[] dims = new int[rank];
        JsonNode probe = node;
        for (int d = 0; d < rank; d++) {
            if (!probe.isArray() || probe.isEmpty()) {
                throw new IllegalArgumentException(name + ": \"" + field + "\" must be a non-empty nested array "
                        + layout + " (" + rank + " levels)");
            }
            dims[d] = probe.size();
            probe = probe.get(0);
        }
        long size = 1;
        for (int d : dims) {
            size *= d;
        }
        if (size > 1 << 24) {
            throw new IllegalArgumentException(name + ": \"" + field + "\" holds " + size + " numbers, more than "
                    + (1 << 24) + "; this command is for small examples");
        }
        float[] values = new float[(int) size];
        fill(node, dims, 0, values, new int[] {0}, field, name, "");
        return new ConvGrid(dims, values);
    }

    private static void fill(JsonNode node, int[] dims, int depth, float[] out, int[] next, String field, String name,
                             String path) {
        if (depth == dims.length) {
            if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
                throw new IllegalArgumentException(name + ": \"" + field + "\"" + path + " must be a number, got "
                        + node);
            }
            out[next[0]++] = (float) node.asDouble();
            return;
        }
        if (!node.isArray() || node.size() != dims[depth]) {
            throw new IllegalArgumentException(name + ": \"" + field + "\"" + path + " must be an array of "
                    + dims[depth] + " (all rows the same length, shape " + Arrays.toString(dims) + ")");
        }
        for (int i = 0; i < dims[depth]; i++) {
            fill(node.get(i), dims, depth + 1, out, next, field, name, path + "[" + i + "]");
        }
    }
}
