package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    static Path tmp;
    private static Path model;

    @BeforeAll
    static void trainAModel() {
        model = tmp.resolve("soft.model.json");
        CliRun train = CliRun.of("train", "--preset", "softmax", "--epochs", "2", "--train-size", "500", "--batch", "50",
                "--data", TrainCommandTest.sample().toString(), "--out", model.toString(), "--backend", "java");
        assertThat(train.exitCode()).as(train.err()).isZero();
    }

    @Test
    void writesTheProgramNotebookImagesAndCsvInOneGo() throws Exception {
        Path dir = tmp.resolve("all");
        CliRun run = CliRun.of("export", "--model", model.toString(), "--pytorch", dir.resolve("soft.py").toString(),
                "--notebook", dir.resolve("soft.ipynb").toString(), "--png", dir.resolve("png").toString(),
                "--csv", dir.resolve("soft.csv").toString(), "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(5).allMatch(l -> l.startsWith("wrote "));
        assertThat(Files.readString(dir.resolve("soft.py"))).contains("nn.Linear(784, 10)",
                "DATA_DIR = '" + TrainCommandTest.sample().toAbsolutePath().normalize() + "'");
        assertThat(new ObjectMapper().readTree(dir.resolve("soft.ipynb").toFile()).get("nbformat_minor").asInt())
                .isEqualTo(5);
        List<String> csv = Files.readAllLines(dir.resolve("soft.csv"));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).startsWith("epoch,lr,train_loss,train_accuracy,evaluated_on");
        assertThat(csv.get(1)).startsWith("1,0.1,");
        BufferedImage curves = ImageIO.read(dir.resolve("png").resolve("curves.png").toFile());
        BufferedImage confusion = ImageIO.read(dir.resolve("png").resolve("confusion-matrix.png").toFile());
        assertThat(curves.getWidth()).isGreaterThan(curves.getHeight());
        assertThat(confusion.getWidth()).isGreaterThan(400);
        assertThat(Files.getPosixFilePermissions(dir.resolve("soft.ipynb")).toString()).contains("OTHERS_READ");
    }

    @Test
    void aCorruptModelIsOneLineAndNothingIsWritten() throws Exception {
        Path corrupt = tmp.resolve("corrupt.model.json");
        Files.writeString(corrupt, "{\"format\": \"dlplayground-model\", \"version\": 1, \"network\": ");
        Path out = tmp.resolve("corrupt.ipynb");
        CliRun run = CliRun.of("export", "--model", corrupt.toString(), "--notebook", out.toString(),
                "--pytorch", tmp.resolve("corrupt.py").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1).allMatch(l -> l.startsWith("error: ") && l.contains("corrupt.model.json"));
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("corrupt.py")).doesNotExist();
    }

    @Test
    void aNewerFormatVersionIsRefusedAndAnEarlierFileKept() throws Exception {
        var mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(model.toFile());
        tree.put("version", 99);
        Path newer = tmp.resolve("newer.model.json");
        mapper.writeValue(newer.toFile(), tree);
        Path out = tmp.resolve("kept.py");
        Files.writeString(out, "# an earlier export\n");
        CliRun run = CliRun.of("export", "--model", newer.toString(), "--pytorch", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("newer DL Playground").contains("version 99");
        assertThat(Files.readString(out)).isEqualTo("# an earlier export\n");
    }

    @Test
    void anExistingFileIsReplacedByTheCompleteExport() throws Exception {
        Path out = tmp.resolve("replace.csv");
        Files.writeString(out, "old\n");
        CliRun run = CliRun.of("export", "--model", model.toString(), "--csv", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(3).doesNotContain("old");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnwritablePathIsOneClearLine() throws Exception {
        Path file = tmp.resolve("plain-file");
        Files.writeString(file, "x");
        CliRun underFile = CliRun.of("export", "--model", model.toString(), "--pytorch", file.resolve("out.py").toString());
        assertThat(underFile.exitCode()).isEqualTo(1);
        assertThat(underFile.err().lines()).hasSize(1).allMatch(l -> l.startsWith("error: ")
                && l.contains("out.py cannot be written"));
        CliRun folder = CliRun.of("export", "--model", model.toString(), "--csv", tmp.toString());
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).contains("is a folder: give a file name");
        CliRun pngIntoFile = CliRun.of("export", "--model", model.toString(), "--png", file.toString());
        assertThat(pngIntoFile.exitCode()).isEqualTo(1);
        assertThat(pngIntoFile.err()).contains("is a file, not a folder");
    }

    @Test
    void withoutAnOutputOrWithAnUnknownLanguageItIsAUsageError() {
        assertThat(CliRun.of("export", "--model", model.toString()).exitCode()).isEqualTo(2);
        CliRun lang = CliRun.of("export", "--model", model.toString(), "--csv", tmp.resolve("x.csv").toString(),
                "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).contains("choose en or zh");
        assertThat(tmp.resolve("x.csv")).doesNotExist();
    }

    @Test
    void aMissingModelFileIsNamed() {
        CliRun run = CliRun.of("export", "--model", tmp.resolve("none.json").toString(), "--csv",
                tmp.resolve("none.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("none.json does not exist");
    }
}
