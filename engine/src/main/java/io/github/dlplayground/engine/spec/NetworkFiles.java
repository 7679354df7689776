package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes network files (JSON): {@code {"format": "dlplayground-network", "version": 1,
 * "network": {"name": …, "input_shape": [1, 28, 28], "layers": [{"type": "flatten"}, {"type": "linear",
 * "in_features": 784, "out_features": 10}]}, "training": {…}}}. Reading checks the format and version,
 * the JSON structure, every layer's settings and shapes, and the training settings; the first problem is
 * thrown as one sentence starting with the file name. Writing is atomic.
 */
public final class NetworkFiles {
    /** The value of the "format" field. */
    public static final String FORMAT = "dlplayground-network";
    /** The newest format version this code reads and the one it writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = SpecJson.mapper();

    private NetworkFiles() {
    }

    public static NetworkFile read(Path file) throws NetworkFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NetworkFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new NetworkFileException(file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static NetworkFile read(InputStream in, String name) throws NetworkFileException {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new NetworkFileException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses and validates; {@code name} (usually the file name) starts every message. */
    public static NetworkFile parse(String json, String name) throws NetworkFileException {
        NetworkFile file = parseUnchecked(json, name);
        try {
            file.network().validate().requireValid(name);
        } catch (SpecException e) {
            throw new NetworkFileException(e.getMessage(), e);
        }
        var problems = file.training().problems();
        if (!problems.isEmpty()) {
            throw new NetworkFileException(name + ": training: " + problems.get(0));
        }
        return file;
    }

    /**
     * Parses without validating shapes or training settings (the studio opens a broken network to show
     * its problems); the JSON itself must be well formed.
     */
    public static NetworkFile parseUnchecked(String json, String name) throws NetworkFileException {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new NetworkFileException(name + ": expected a JSON object with \"network\" and \"training\"");
            }
            ObjectNode body = checkEnvelope((ObjectNode) tree, name, FORMAT, VERSION);
            return MAPPER.treeToValue(body, NetworkFile.class);
        } catch (JsonProcessingException e) {
            throw new NetworkFileException(SpecJson.describe(name, e), e);
        } catch (SpecException e) {
            throw new NetworkFileException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks "format" and "version" (both optional in hand-written files) and returns the object without them.
     */
    public static ObjectNode checkEnvelope(ObjectNode tree, String name, String format, int newestVersion)
            throws NetworkFileException {
        ObjectNode body = tree.deepCopy();
        JsonNode f = body.remove("format");
        JsonNode v = body.remove("version");
        if (f != null && !format.equals(f.asText())) {
            String hint = f.asText().equals("dlplayground-model") ? " — it is a model file; open it as a model"
                    : f.asText().equals(FORMAT) ? " — it is a network file, not a model" : "";
            throw new NetworkFileException(name + ": format is '" + f.asText() + "', expected '" + format + "'" + hint);
        }
        if (v != null) {
            if (!v.canConvertToInt() || v.asInt() < 1) {
                throw new NetworkFileException(name + ": version must be a whole number from 1, got " + v);
            }
            if (v.asInt() > newestVersion) {
                throw new NetworkFileException(name + " was written by a newer DL Playground (format version "
                        + v.asInt() + "; this one reads up to " + newestVersion + ") — update the app to open it");
            }
        }
        return body;
    }

    /** The JSON text of a network file, with format and version. */
    public static String toJson(NetworkFile file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(file));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a network file could not be written as JSON", e);
        }
    }

    /** Writes atomically: a failed write leaves any earlier file untouched. */
    public static void write(Path path, NetworkFile file) throws NetworkFileException {
        try {
            AtomicFiles.write(path, toJson(file).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NetworkFileException(path + " cannot be written: " + e.getMessage(), e);
        }
    }
}
