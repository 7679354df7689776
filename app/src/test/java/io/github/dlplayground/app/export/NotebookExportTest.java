package io.github.dlplayground.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.dlplayground.engine.export.Notebook;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.SpecReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Notebooks of every preset and of a custom network: valid nbformat 4.5, and tables that match the model. */
class NotebookExportTest {
    @TempDir
    static Path tmp;
    private static Path data;
    private static JsonSchema schema;

    @BeforeAll
    static void setUp() throws Exception {
        data = ExportFixtures.tinyData(tmp.resolve("data"));
        try (InputStream in = NotebookExportTest.class.getResourceAsStream("/assets/formats/nbformat.v4.5.schema.json")) {
            assertThat(in).as("the nbformat schema shipped in assets/formats").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static Path export(String name, NetworkFile file, String language) throws Exception {
        Path model = ExportFixtures.trainedModel(tmp, name + ".model.json", file, data);
        ExportRun run = ExportRuns.fromModelFile(model, null, true);
        return Exporter.notebook(run, ExportTexts.of(language), tmp.resolve(name + "-" + language + ".ipynb"));
    }

    private static void assertValid(JsonNode notebook) {
        Set<ValidationMessage> errors = schema.validate(notebook);
        assertThat(errors).as("schema errors").isEmpty();
        var ids = new HashSet<String>();
        for (JsonNode cell : notebook.get("cells")) {
            assertThat(cell.get("id").asText()).matches(Notebook.CELL_ID);
            assertThat(ids.add(cell.get("id").asText())).as("unique id " + cell.get("id")).isTrue();
        }
    }

    /** Architecture rows [#, layer, output shape, parameters] as the engine computes them for the model file. */
    private static List<List<String>> expectedArchitecture(Path model) throws Exception {
        SpecReport report = ModelFiles.read(model).file().network().validate();
        var rows = new ArrayList<List<String>>();
        for (SpecReport.LayerInfo l : report.layers()) {
            rows.add(List.of(Integer.toString(l.index() + 1), l.spec().describe(), l.output().toString(),
                    String.format(java.util.Locale.ROOT, "%,d", l.parameterCount())));
        }
        return rows;
    }

    @Test
    void everyPresetExportsAValidNotebookWhoseArchitectureTableMatchesTheModelFile() throws Exception {
        int n = 0;
        for (String preset : Presets.NAMES) {
            String language = n++ % 2 == 0 ? "en" : "zh";
            Path file = export(preset, ExportFixtures.preset(preset), language);
            JsonNode nb = ExportFixtures.json(file);
            assertValid(nb);
            List<List<String>> rows = ExportFixtures.tableRows(nb, "architecture");
            // header, input, layers…, total
            assertThat(rows.subList(2, rows.size() - 1)).as(preset)
                    .isEqualTo(expectedArchitecture(tmp.resolve(preset + ".model.json")));
            long total = ModelFiles.read(tmp.resolve(preset + ".model.json")).file().network().validate().parameterCount();
            assertThat(rows.get(rows.size() - 1).get(3)).isEqualTo(String.format(java.util.Locale.ROOT, "**%,d**", total));
        }
    }

    @Test
    void aCustomLayerOrderRoundTripsWithItsSettingsAndTheAppsResults() throws Exception {
        Path file = export("custom", ExportFixtures.custom(), "en");
        JsonNode nb = ExportFixtures.json(file);
        assertValid(nb);
        Path model = tmp.resolve("custom.model.json");
        List<List<String>> rows = ExportFixtures.tableRows(nb, "architecture");
        assertThat(rows.subList(2, rows.size() - 1)).isEqualTo(expectedArchitecture(model));
        assertThat(rows.get(1)).containsExactly("", "Input", "1×28×28", "");

        List<List<String>> hyper = ExportFixtures.tableRows(nb, "hyperparameters");
        assertThat(hyper).contains(List.of("Optimizer", "Adam (torch.optim.Adam)"), List.of("Learning rate", "0.01"),
                List.of("Weight decay", "0.0001"), List.of("Batch size", "50"), List.of("Epochs", "2"),
                List.of("Learning-rate schedule", "times 0.5 every 1 epochs (StepLR)"), List.of("Random seed", "7"),
                List.of("Training examples used", "250"), List.of("Share held out for validation", "0.2"));

        var model1 = ModelFiles.read(model).file();
        String log = outputs(nb, "train", "stream");
        assertThat(log.lines()).hasSize(model1.history().size()).allMatch(l -> l.matches(
                "epoch \\d+, loss \\d\\.\\d{3}, train acc \\d\\.\\d{3}, valid acc \\d\\.\\d{3}"));
        assertThat(outputs(nb, "train", "display_data")).isNotEmpty();
        assertThat(outputs(nb, "evaluate", "stream")).startsWith(String.format(java.util.Locale.ROOT,
                "test accuracy %.4f", model1.test().accuracy()));
        assertThat(outputs(nb, "evaluate", "display_data")).isNotEmpty();
        List<List<String>> perClass = ExportFixtures.tableRows(nb, "results");
        assertThat(perClass).hasSize(11);
        assertThat(perClass.get(1).get(0)).isEqualTo("0 T-shirt/top");
    }

    @Test
    void chineseMarkdownUsesTheBooksTermsAndChineseClassNames() throws Exception {
        JsonNode nb = ExportFixtures.json(export("mlp-zh", ExportFixtures.preset("mlp"), "zh"));
        assertValid(nb);
        String markdown = allMarkdown(nb);
        assertThat(markdown).contains("超参数", "学习率", "批量大小", "迭代周期数", "小批量随机梯度下降", "网络结构",
                "T恤/上衣", "短靴");
    }

    @Test
    void theSchemaCatchesACellWithoutIdOrAnUnknownOutputType() throws Exception {
        JsonNode nb = ExportFixtures.json(export("softmax-check", ExportFixtures.preset("softmax"), "en"));
        assertThat(schema.validate(nb)).isEmpty();
        var noId = nb.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noId.at("/cells/0")).remove("id");
        assertThat(schema.validate(noId)).isNotEmpty();
        var badOutput = nb.deepCopy();
        for (JsonNode cell : badOutput.get("cells")) {
            if (cell.get("id").asText().equals("train")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) cell.at("/outputs/0")).put("output_type", "printout");
            }
        }
        assertThat(schema.validate(badOutput)).isNotEmpty();
    }

    private static String allMarkdown(JsonNode nb) {
        var sb = new StringBuilder();
        for (JsonNode cell : nb.get("cells")) {
            if (cell.get("cell_type").asText().equals("markdown")) {
                cell.get("source").forEach(l -> sb.append(l.asText()));
            }
        }
        return sb.toString();
    }

    /** The text of a code cell's stream output, or the PNG data of its display_data output. */
    private static String outputs(JsonNode nb, String cellId, String type) {
        for (JsonNode cell : nb.get("cells")) {
            if (cell.get("id").asText().equals(cellId)) {
                for (JsonNode o : cell.get("outputs")) {
                    if (o.get("output_type").asText().equals(type)) {
                        if (type.equals("stream")) {
                            var sb = new StringBuilder();
                            o.get("text").forEach(l -> sb.append(l.asText()));
                            return sb.toString();
                        }
                        return o.at("/data/image~1png").asText();
                    }
                }
            }
        }
        return "";
    }
}
