package io.github.dlplayground.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.Presets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported programs are Python: every preset's .py and the custom network's notebook cells compile with
 * {@code python3 -m py_compile}; and with Debian's PyTorch (/usr/bin/python3 with torch) the exported program and
 * the notebook's cells, run top to bottom, train on a tiny Fashion-MNIST folder. Skipped with a message where there
 * is no python3 or no torch.
 */
class PythonExportTest {
    /** Debian's python3-torch installs for this interpreter. */
    private static final String TORCH_PYTHON = "/usr/bin/python3";

    @TempDir
    static Path tmp;
    private static Path data;

    @BeforeAll
    static void setUp() throws Exception {
        data = ExportFixtures.tinyData(tmp.resolve("data"));
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path dir, long seconds, String... command) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String python() throws InterruptedException {
        for (String candidate : List.of(TORCH_PYTHON, "python3")) {
            try {
                if (run(tmp, 30, candidate, "--version").code() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed; try the next one
            }
        }
        return null;
    }

    @Test
    void everyExportedProgramAndNotebookCompiles() throws Exception {
        String python = python();
        assumeTrue(python != null, "no python3 found: the exported programs were not compiled");
        var files = new ArrayList<String>();
        files.add("-m");
        files.add("py_compile");
        for (String preset : Presets.NAMES) {
            Path model = ExportFixtures.trainedModel(tmp, preset + ".model.json", ExportFixtures.preset(preset), data);
            ExportRun run = ExportRuns.fromModelFile(model, null, false);
            files.add(Exporter.pytorch(run, tmp.resolve(preset.replace('-', '_') + ".py")).toString());
        }
        Path custom = ExportFixtures.trainedModel(tmp, "custom.model.json", ExportFixtures.custom(), data);
        Path nb = Exporter.notebook(ExportRuns.fromModelFile(custom, null, true), ExportTexts.of("zh"),
                tmp.resolve("custom.ipynb"));
        Path cells = tmp.resolve("custom_cells.py");
        Files.writeString(cells, ExportFixtures.code(ExportFixtures.json(nb)));
        files.add(cells.toString());
        var command = new ArrayList<String>();
        command.add(python);
        command.addAll(files);
        Result r = run(tmp, 60, command.toArray(String[]::new));
        assertThat(r.code()).as(r.output()).isZero();
    }

    @Test
    void aBrokenProgramFailsToCompile() throws Exception {
        String python = python();
        assumeTrue(python != null, "no python3 found");
        Path broken = tmp.resolve("broken.py");
        Files.writeString(broken, "net = nn.Sequential(\n    nn.Linear(784, 10)\n");
        assertThat(run(tmp, 60, python, "-m", "py_compile", broken.toString()).code()).isNotZero();
    }

    @Test
    void theProgramAndTheNotebookCellsTrainWithPyTorch() throws Exception {
        boolean torch;
        try {
            torch = run(tmp, 120, TORCH_PYTHON, "-c", "import torch, numpy").code() == 0;
        } catch (IOException e) {
            torch = false;
        }
        assumeTrue(torch, TORCH_PYTHON + " cannot import torch and numpy (apt-get install python3-torch):"
                + " the exported programs were not run");
        Path model = ExportFixtures.trainedModel(tmp, "lenet-relu.model.json", ExportFixtures.preset("lenet-relu"), data);
        Path script = Exporter.pytorch(ExportRuns.fromModelFile(model, null, false), tmp.resolve("lenet_relu.py"));
        Result r = run(tmp, 300, TORCH_PYTHON, script.toString());
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains(ExportFixtures.TRAIN + " training and " + ExportFixtures.TEST + " test images")
                .containsPattern("epoch 1, loss \\d\\.\\d{3}, train acc \\d\\.\\d{3}, test acc \\d\\.\\d{3}")
                .contains("accuracy per class", "Ankle boot");
        assertThat(testAccuracy(r.output())).isBetween(0.0, 1.0);

        Path custom = ExportFixtures.trainedModel(tmp, "custom-run.model.json", ExportFixtures.custom(), data);
        JsonNode nb = ExportFixtures.json(Exporter.notebook(ExportRuns.fromModelFile(custom, null, true),
                ExportTexts.of("en"), tmp.resolve("custom-run.ipynb")));
        Path cells = tmp.resolve("custom_run_cells.py");
        Files.writeString(cells, ExportFixtures.code(nb));
        Result c = run(tmp, 300, TORCH_PYTHON, cells.toString());
        assertThat(c.code()).as(c.output()).isZero();
        int epochs = ModelFiles.read(custom).file().training().epochs();
        // torch's BatchNorm defaults are the engine's: eps 1e-5, momentum 0.1
        assertThat(c.output()).contains("BatchNorm2d(4, eps=1e-05, momentum=0.1, affine=True")
                .contains("BatchNorm1d(32, eps=1e-05, momentum=0.1, affine=True");
        assertThat(c.output()).contains("200 training and 50 validation examples")
                .containsPattern("epoch " + epochs + ", loss \\d\\.\\d{3}, train acc \\d\\.\\d{3}, valid acc \\d\\.\\d{3}");
        assertThat(testAccuracy(c.output())).isBetween(0.0, 1.0);
    }

    private static double testAccuracy(String output) {
        Matcher m = Pattern.compile("test accuracy (\\d\\.\\d{4}), test loss").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
