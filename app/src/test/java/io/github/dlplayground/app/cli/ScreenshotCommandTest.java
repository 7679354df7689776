package io.github.dlplayground.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenshotCommandTest {
    @TempDir
    Path dir;

    /** The toolkit runs for the whole test JVM, so the command must not stop it. */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void unknownLessonExitsWithOneAndNamesTheChoices() {
        var run = CliRun.of("screenshot", "--lesson", "quantum", "--out", dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown lesson \"quantum\"").contains("environment").contains("1 to 8");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void badSizeOrLanguageExitsWithOne() {
        assertThat(CliRun.of("screenshot", "--lesson", "1", "--out", dir.resolve("a.png").toString(), "--size", "big")
                .err()).contains("--size must be WIDTHxHEIGHT");
        var run = CliRun.of("screenshot", "--lesson", "1", "--out", dir.resolve("a.png").toString(), "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--lang must be en or zh");
    }

    @Test
    void missingOutExitsWithTwo() {
        assertThat(CliRun.of("screenshot", "--lesson", "1").exitCode()).isEqualTo(2);
    }

    @Test
    void writesAPngOfTheRequestedSize() throws Exception {
        Path out = dir.resolve("shots/environment.png");
        var run = CliRun.of("screenshot", "--lesson", "environment", "--out", out.toString(), "--lang", "zh",
                "--theme", "dark", "--size", "1000x700");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote");
        var image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(700);
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in the picture").isGreaterThan(20);
        try (var files = Files.list(out.getParent())) {
            assertThat(files).hasSize(1);
        }
    }
}
