package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per line for the bench commands, fields in the order given. */
final class BenchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchJson() {
    }

    static String line(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write benchmark JSON: " + e.getMessage(), e);
        }
    }

    /** Rounded to 0.1 for GFLOP/s and samples/s: more digits would be noise. */
    static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
