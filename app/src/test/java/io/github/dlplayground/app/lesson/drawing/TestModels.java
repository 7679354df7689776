package io.github.dlplayground.app.lesson.drawing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests keep the default digit model: target/test-cache of the project root, shared with the engine's
 * tests so that a build trains it once.
 */
public final class TestModels {
    private TestModels() {
    }

    public static Path cacheFolder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-data")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("target").resolve("test-cache");
            }
        }
        throw new IllegalStateException("no project root with sample-data above " + Path.of("").toAbsolutePath());
    }
}
