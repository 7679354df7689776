package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.stream.Collectors;

/**
 * The JSON mapper for specs, network files and model files, and the translation of Jackson's errors into
 * one sentence naming the place in the file, e.g. "lenet.json: unknown layer type 'conv3d' at
 * network.layers[4]; valid types: linear, conv2d, …".
 */
public final class SpecJson {
    private SpecJson() {
    }

    /** A new mapper: indented output, unknown fields rejected, integers kept exact. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** One sentence for a Jackson error, prefixed with {@code name} (the file). */
    public static String describe(String name, JsonProcessingException e) {
        return name + ": " + explain(e);
    }

    static String explain(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException t) {
            String id = t.getTypeId();
            String where = path(t);
            if (id == null || id.isEmpty()) {
                return where + " has no \"type\"; valid types: " + validTypes(t);
            }
            return "unknown " + (t.getBaseType() != null && t.getBaseType().getRawClass() == LrSchedule.class
                    ? "schedule" : "layer") + " type '" + id + "' at " + where + "; valid types: " + validTypes(t);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "' in " + parentPath(u)
                    + (known.isEmpty() ? "" : "; known fields: " + known);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return path(v) + ": " + v.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return path(f) + " has the wrong kind of value " + f.getValue() + "; expected "
                    + simpleType(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            String msg = m.getOriginalMessage();
            if (msg != null && msg.startsWith("Missing required creator property")) {
                String field = msg.replaceAll("^Missing required creator property '([^']*)'.*$", "$1");
                return parentPath(m) + " is missing " + field;
            }
            if (m.getCause() instanceof SpecException || m.getCause() instanceof IllegalArgumentException) {
                return path(m) + ": " + m.getCause().getMessage();
            }
            return path(m) + ": " + firstLine(msg);
        }
        if (e instanceof JsonMappingException m && m.getCause() != null && m.getCause().getMessage() != null) {
            return path(m) + ": " + m.getCause().getMessage();
        }
        var location = e.getLocation();
        String at = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "malformed JSON" + at + ": " + firstLine(e.getOriginalMessage());
    }

    private static String validTypes(InvalidTypeIdException t) {
        if (t.getBaseType() != null && t.getBaseType().getRawClass() == LrSchedule.class) {
            return "constant, step, cosine";
        }
        return String.join(", ", LayerSpec.TYPES);
    }

    /** "network.layers[4].kernel_size". */
    static String path(JsonMappingException e) {
        var sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the top level" : sb.toString();
    }

    /** The path without its last field (the object holding the field). */
    private static String parentPath(JsonMappingException e) {
        String p = path(e);
        int dot = p.lastIndexOf('.');
        int bracket = p.lastIndexOf('[');
        if (e.getPath().isEmpty()) {
            return p;
        }
        JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
        if (last.getFieldName() == null) {
            return p;
        }
        return dot > bracket ? p.substring(0, dot) : (dot < 0 && bracket < 0 ? "the top level" : p);
    }

    private static String simpleType(Class<?> c) {
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        }
        if (c == double.class || c == Double.class) {
            return "a number";
        }
        return c.getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
