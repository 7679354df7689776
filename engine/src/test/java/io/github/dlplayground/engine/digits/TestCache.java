package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.model.ModelFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default digit model for tests, trained at most once per build: it is cached in target/test-cache of
 * the project root (next to sample-data), where the app module's tests find it too.
 */
final class TestCache {
    private static ModelFiles.Loaded model;

    private TestCache() {
    }

    static Path folder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-data")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("target").resolve("test-cache");
            }
        }
        throw new IllegalStateException("no project root with sample-data above " + Path.of("").toAbsolutePath());
    }

    static synchronized ModelFiles.Loaded defaultModel() {
        if (model == null) {
            try {
                model = DigitModels.loadOrTrainDefault(folder(), (epoch, epochs, batch, batches, loss) -> { },
                        () -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }
}
