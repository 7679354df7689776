package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.AtomicFiles;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkFiles;
import io.github.dlplayground.engine.spec.SpecException;
import io.github.dlplayground.engine.spec.SpecJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes model files, one JSON object:
 * <pre>{@code
 * {"format": "dlplayground-model", "version": 1, "created": "2025-01-01T12:00:00Z",
 *  "network": {…network spec…}, "training": {…}, "data": {"dataset": "fashion-mnist", "source": "sample", …},
 *  "history": [{"epoch": 1, "train_loss": 0.78, "train_accuracy": 0.74, "eval_accuracy": 0.79, …}, …],
 *  "test": {"loss": 0.45, "accuracy": 0.84, "count": 10000},
 *  "encoding": "base64-float32-le",
 *  "weights": [{"layer": 1, "name": "weight", "shape": [10, 784], "data": "…Base64…"}, …],
 *  "buffers": [{"layer": 2, "name": "running_mean", "shape": [6], "data": "…"}, {… "running_var" …}, …]}
 * }</pre>
 * {@code "buffers"} (version 2) holds the running mean and variance of each BatchNorm layer; a model without
 * BatchNorm is written without it as version 1, byte for byte as before, so older builds still open it.
 * Writing is atomic (temporary file, then rename): a failed save leaves any earlier file as it was.
 * Reading accepts versions 1 and 2, refuses a newer version with a message, and checks the spec and that every
 * weight and running statistic has the shape its layer needs.
 */
public final class ModelFiles {
    public static final String FORMAT = "dlplayground-model";
    /** The newest format version this build reads and writes. */
    public static final int VERSION = 2;
    /** The version of files without running statistics. */
    static final int VERSION_WITHOUT_BUFFERS = 1;

    private static final ObjectMapper MAPPER = SpecJson.mapper();

    private ModelFiles() {
    }

    /** A model read from a file, with its network built and loaded. */
    public record Loaded(ModelFile file, Sequential network) {
    }

    public static void write(Path path, ModelFile model) throws NetworkFileException {
        try {
            AtomicFiles.write(path, out -> {
                model.buildNetwork(); // the weights must fit the spec, or nothing is written
                ObjectNode root = MAPPER.createObjectNode();
                root.put("format", FORMAT);
                root.put("version", model.buffers().isEmpty() ? VERSION_WITHOUT_BUFFERS : VERSION);
                ObjectNode body = MAPPER.valueToTree(model);
                JsonNode weights = body.remove("weights");
                JsonNode buffers = body.remove("buffers");
                root.setAll(body);
                root.put("encoding", WeightTensor.ENCODING);
                root.set("weights", weights);
                if (buffers != null) {
                    root.set("buffers", buffers);
                }
                MAPPER.writeValue(new NonClosing(out), root);
            });
        } catch (IOException | IllegalArgumentException e) {
            throw new NetworkFileException(path + " cannot be written: " + e.getMessage() + " — any earlier file is unchanged", e);
        }
    }

    /** Reads, checks and builds the network with the saved weights. */
    public static Loaded read(Path path) throws NetworkFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new NetworkFileException(path + " does not exist", e);
        } catch (IOException e) {
            throw new NetworkFileException(path + " cannot be read: " + e.getMessage(), e);
        }
        return parse(bytes, path.toString());
    }

    public static Loaded read(InputStream in, String name) throws NetworkFileException {
        try {
            return parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new NetworkFileException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    static Loaded parse(byte[] bytes, String name) throws NetworkFileException {
        ModelFile file;
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new NetworkFileException(name + ": expected a JSON object (a DL Playground model file)");
            }
            ObjectNode body = NetworkFiles.checkEnvelope((ObjectNode) tree, name, FORMAT, VERSION);
            JsonNode encoding = body.remove("encoding");
            if (encoding != null && !WeightTensor.ENCODING.equals(encoding.asText())) {
                throw new NetworkFileException(name + ": weight encoding '" + encoding.asText() + "' is not "
                        + WeightTensor.ENCODING);
            }
            file = MAPPER.treeToValue(body, ModelFile.class);
        } catch (NetworkFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new NetworkFileException(SpecJson.describe(name, e), e);
        } catch (IOException e) {
            throw new NetworkFileException(name + " cannot be read: " + e.getMessage(), e);
        } catch (SpecException e) {
            throw new NetworkFileException(name + ": " + e.getMessage(), e);
        }
        try {
            file.network().validate().requireValid("");
            return new Loaded(file, file.buildNetwork());
        } catch (IllegalArgumentException e) {
            throw new NetworkFileException(name + ": " + e.getMessage(), e);
        }
    }

    /** Keeps Jackson from closing the atomic writer's stream before it is forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
