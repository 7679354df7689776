package io.github.dlplayground.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LeakyReluSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.LrSchedule;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.SigmoidSpec;
import io.github.dlplayground.engine.spec.Size2;
import io.github.dlplayground.engine.spec.TanhSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingListener;
import io.github.dlplayground.engine.train.TrainingResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small trained models and a tiny Fashion-MNIST folder for the export tests. */
final class ExportFixtures {
    static final int TRAIN = 300;
    static final int TEST = 100;

    private ExportFixtures() {
    }

    /** The first 300 training and 100 test images of the shipped sample, as the four IDX .gz files. */
    static Path tinyData(Path dir) throws IOException, DataException {
        LoadedData sample = SampleData.standard().load(DatasetKind.FASHION_MNIST);
        Files.createDirectories(dir);
        write(dir, "train", sample.train(), TRAIN);
        write(dir, "t10k", sample.test(), TEST);
        return dir;
    }

    private static void write(Path dir, String prefix, Dataset d, int n) throws IOException {
        int size = d.imageSize();
        ByteBuffer images = ByteBuffer.allocate(16 + n * size).putInt(0x803).putInt(n).putInt(d.rows()).putInt(d.cols());
        ByteBuffer labels = ByteBuffer.allocate(8 + n).putInt(0x801).putInt(n);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < size; p++) {
                images.put((byte) d.pixel(i, p));
            }
            labels.put((byte) d.label(i));
        }
        Files.write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), gzip(images.array()));
        Files.write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), gzip(labels.array()));
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    /** A network in an unusual order with every layer kind (BatchNorm after an image and a vector), non-default settings. */
    static NetworkFile custom() {
        var spec = new NetworkSpec("Custom order", NetworkSpec.MNIST_INPUT, List.of(
                new Conv2dSpec(1, 4, Size2.of(3, 5), Size2.of(1, 2), Size2.of(1, 1)),
                new BatchNormSpec(4),
                new LeakyReluSpec(0.1),
                new MaxPool2dSpec(Size2.of(3), Size2.of(1), Size2.of(2)),
                new TanhSpec(),
                new AvgPool2dSpec(2),
                new DropoutSpec(0.25),
                new FlattenSpec(),
                new LinearSpec(4 * 7 * 7, 32),
                new BatchNormSpec(32),
                new SigmoidSpec(),
                new LinearSpec(32, 10)));
        var training = new TrainingConfig(OptimizerConfig.defaults("adam").withLr(0.01).with("weight_decay", 1e-4),
                50, 2, new LrSchedule.Step(1, 0.5), WeightInit.HE, 7, 0.2, 250);
        return new NetworkFile(spec, training);
    }

    /** A preset trained for one epoch in minibatches of 50 on the tiny data. */
    static NetworkFile preset(String name) throws Exception {
        NetworkFile file = Presets.load(name);
        return new NetworkFile(file.network(), file.training().withEpochs(1).withBatchSize(50));
    }

    /** Trains on the data in {@code data} with the engine and saves a model file; returns its path. */
    static Path trainedModel(Path dir, String fileName, NetworkFile file, Path data) throws Exception {
        LoadedData loaded = new DataSources(DataSources.Options.standard(data, true, false))
                .load(DatasetKind.FASHION_MNIST, null);
        Sequential net = NetworkBuilder.build(file.network(), file.training().init(), file.training().seed());
        TrainingResult r = new Trainer(net, file.training()).fit(loaded.train(), loaded.test(), new TrainingListener() {
        });
        Path model = dir.resolve(fileName);
        ModelFiles.write(model, ModelFile.of(file.network(), file.training(), net, loaded.source(), r.history(),
                r.finalTest()));
        return model;
    }

    /** The rows of the Markdown table in a notebook cell: cells without the surrounding pipes. */
    static List<List<String>> tableRows(JsonNode notebook, String cellId) {
        var rows = new ArrayList<List<String>>();
        for (JsonNode cell : notebook.get("cells")) {
            if (!cell.get("id").asText().equals(cellId)) {
                continue;
            }
            for (JsonNode line : cell.get("source")) {
                String l = line.asText().strip();
                if (l.startsWith("|") && !l.startsWith("|---") && !l.startsWith("|--")) {
                    var cells = new ArrayList<String>();
                    for (String c : l.substring(1, l.length() - 1).split("\\|", -1)) {
                        cells.add(c.strip());
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** The code cells of a notebook, joined as one program. */
    static String code(JsonNode notebook) {
        var sb = new StringBuilder();
        for (JsonNode cell : notebook.get("cells")) {
            if (cell.get("cell_type").asText().equals("code")) {
                for (JsonNode line : cell.get("source")) {
                    sb.append(line.asText());
                }
                sb.append("\n\n\n");
            }
        }
        return sb.toString();
    }
}
