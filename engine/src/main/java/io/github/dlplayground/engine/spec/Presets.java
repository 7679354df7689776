package io.github.dlplayground.engine.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The book's networks shipped as network files in {@code assets/presets/NAME.json}: read from the classpath
 * ({@code /assets/presets/} in the app jar) or else from an {@code assets/presets} folder found walking up from
 * the working directory (runs from the source tree).
 */
public final class Presets {
    /**
     * softmax regression, MLP, MLP with dropout, LeNet (sigmoid, average pooling), LeNet with ReLU and max pooling,
     * LeNet with batch normalisation (d2l 7.5: BatchNorm after each Conv2d and hidden Linear, lr 1.0).
     */
    public static final List<String> NAMES = List.of("softmax", "mlp", "mlp-dropout", "lenet", "lenet-relu",
            "lenet-bn");

    private Presets() {
    }

    /** Loads and validates a preset; an unknown name is an error listing the presets. */
    public static NetworkFile load(String name) throws NetworkFileException {
        if (!NAMES.contains(name)) {
            throw new NetworkFileException("unknown preset '" + name + "'; presets: " + String.join(", ", NAMES));
        }
        String resource = "/assets/presets/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in != null) {
                return NetworkFiles.read(in, name + ".json");
            }
        } catch (IOException e) {
            throw new NetworkFileException(resource + " cannot be read: " + e.getMessage(), e);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path file = p.resolve("assets").resolve("presets").resolve(name + ".json");
            if (Files.isRegularFile(file)) {
                return NetworkFiles.read(file);
            }
        }
        throw new NetworkFileException("preset " + name + " is missing from the app (" + resource + ") — reinstall it");
    }
}
