package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlplayground.app.lesson.drawing.TestModels;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.digits.DigitModels;
import io.github.dlplayground.engine.digits.ImageFiles;
import io.github.dlplayground.engine.digits.InkImage;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassifyCommandTest {
    private static String previousCache;

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void useTestCache() {
        previousCache = System.getProperty(DigitModels.CACHE_PROPERTY);
        System.setProperty(DigitModels.CACHE_PROPERTY, TestModels.cacheFolder().toString());
    }

    @AfterAll
    static void restoreCache() {
        if (previousCache == null) {
            System.clearProperty(DigitModels.CACHE_PROPERTY);
        } else {
            System.setProperty(DigitModels.CACHE_PROPERTY, previousCache);
        }
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Held-out test digit {@code index} drawn 10× as large, dark on white, as a PNG. */
    private Path digitPng(int index, String name) throws IOException {
        Dataset test = DigitModels.sampleDigits().test();
        InkImage digit = new InkImage(28, 28, test.image(index));
        InkImage big = InkImage.blank(280, 280);
        for (int y = 0; y < 280; y++) {
            for (int x = 0; x < 280; x++) {
                big.ink()[y * 280 + x] = digit.at(x / 10, y / 10);
            }
        }
        Path file = dir.resolve(name);
        ImageFiles.writePng(big, file);
        return file;
    }

    private static int label(int index) throws IOException {
        return DigitModels.sampleDigits().test().label(index);
    }

    @Test
    void printsThePredictionAndTenProbabilities() throws IOException {
        Result r = run("classify", "--model", "digits", "--image", digitPng(0, "a.png").toString());

        assertThat(r.exit()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[0]).startsWith("prediction: " + label(0) + " (");
        assertThat(lines).hasSize(11);
        assertThat(lines[1 + label(0)]).endsWith("<");
    }

    @Test
    void jsonHasPredictionLabelAndProbabilitiesThatSumToOne() throws IOException {
        Result r = run("classify", "--model", "digits", "--image", digitPng(1, "b.png").toString(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("prediction").asInt()).isEqualTo(label(1));
        assertThat(json.get("label").asText()).isEqualTo(String.valueOf(label(1)));
        assertThat(json.get("probabilities")).hasSize(10);
        double sum = 0;
        for (JsonNode p : json.get("probabilities")) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void lightInkOnDarkPaperGivesTheSameAnswer() throws IOException {
        Path dark = digitPng(2, "c.png");
        BufferedImage image = ImageIO.read(dark.toFile());
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                raster.setSample(x, y, 0, 255 - raster.getSample(x, y, 0));
            }
        }
        Path light = dir.resolve("inverted.png");
        ImageIO.write(image, "png", light.toFile());

        Result a = run("classify", "--model", "digits", "--image", dark.toString(), "--json");
        Result b = run("classify", "--model", "digits", "--image", light.toString(), "--json");

        assertThat(b.exit()).isZero();
        JsonNode ja = new ObjectMapper().readTree(a.out());
        JsonNode jb = new ObjectMapper().readTree(b.out());
        assertThat(jb.get("prediction")).isEqualTo(ja.get("prediction"));
        for (int i = 0; i < 10; i++) {
            // the same ink up to float rounding: v/255 on dark paper, 1 − v/255 on light paper
            assertThat(jb.get("probabilities").get(i).asDouble())
                    .isCloseTo(ja.get("probabilities").get(i).asDouble(), within(1e-5));
        }
    }

    @Test
    void savedModelFileWorksLikeTheDefault() throws IOException {
        Path png = digitPng(3, "d.png");
        Path model = dir.resolve("copy.model.json");
        run("classify", "--model", "digits", "--image", png.toString());
        Files.copy(TestModels.cacheFolder().resolve(DigitModels.DEFAULT_FILE), model);

        Result r = run("classify", "--model", model.toString(), "--image", png.toString(), "--json");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(run("classify", "--model", "digits", "--image", png.toString(), "--json").out());
    }

    @Test
    void blankImageExitsWithOneClearSentence() throws IOException {
        var white = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                white.setRGB(x, y, 0xffffff);
            }
        }
        Path file = dir.resolve("white.png");
        ImageIO.write(white, "png", file.toFile());

        Result r = run("classify", "--model", "digits", "--image", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: image " + file).contains("no drawing").doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unreadableImageExitsWithOneClearSentence() throws IOException {
        Path file = dir.resolve("notes.png");
        Files.writeString(file, "these are not pixels");

        Result r = run("classify", "--model", "digits", "--image", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: image file " + file).contains("PNG").doesNotContain("\n");
        assertThat(run("classify", "--model", "digits", "--image", dir.resolve("none.png").toString()).err())
                .contains("does not exist");
    }

    @Test
    void modelThatCannotReadDrawingsIsRefused() throws IOException {
        var spec = new NetworkSpec("flat", Shape.of(784), List.of(new LinearSpec(784, 10)));
        Path file = dir.resolve("flat.model.json");
        ModelFiles.write(file, ModelFile.of(spec, TrainingConfig.defaults(),
                NetworkBuilder.build(spec, WeightInit.DEFAULT, 1), null, List.of(), null));

        Result r = run("classify", "--model", file.toString(), "--image", digitPng(4, "e.png").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(file.toString()).contains("1×28×28");
    }

    @Test
    void missingOptionIsAUsageError() {
        assertThat(run("classify", "--model", "digits").exit()).isEqualTo(2);
    }
}
