package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.SpecJson;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.train.EpochMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFilesTest {
    @TempDir
    Path dir;

    private static ModelFile lenetModel(long seed) throws NetworkFileException {
        NetworkSpec spec = Presets.load("lenet").network();
        TrainingConfig training = Presets.load("lenet").training();
        Sequential net = NetworkBuilder.build(spec, WeightInit.XAVIER, seed);
        net.parameters().get(1).value()[0] = Float.MIN_VALUE; // a subnormal survives the round trip
        var source = new DataSource(DatasetKind.FASHION_MNIST, DataSource.Kind.SAMPLE, "classpath:/sample-data/",
                10_000, 2_000, List.of());
        var history = List.of(new EpochMetrics(1, 1.2, 0.55, "test", 0.9, 0.66, 3.5, 0.4, 0.9));
        return ModelFile.of(spec, training, net, source, history, null);
    }

    @Test
    void roundTripsWeightsBitForBit() throws Exception {
        ModelFile model = lenetModel(3);
        Path path = dir.resolve("m.json");
        ModelFiles.write(path, model);
        ModelFiles.Loaded loaded = ModelFiles.read(path);
        assertThat(loaded.file()).isEqualTo(model);
        List<Parameter> expected = model.buildNetwork().parameters();
        List<Parameter> actual = loaded.network().parameters();
        assertThat(actual).hasSize(10);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).value()).isEqualTo(expected.get(i).value());
        }
        assertThat(actual.get(1).value()[0]).isEqualTo(Float.MIN_VALUE);
        String json = Files.readString(path);
        assertThat(json).contains("\"version\" : 1,").doesNotContain("buffers")
                .contains("\"format\" : \"dlplayground-model\"").contains("\"encoding\" : \"base64-float32-le\"")
                .contains("\"train_loss\" : 1.2").contains("\"source\" : \"sample\"").doesNotContain("\"test\" :");
        assertThat(loaded.file().data().trainCount()).isEqualTo(10_000);
    }

    @Test
    void failedSaveLeavesTheEarlierFile() throws Exception {
        Path path = dir.resolve("m.json");
        ModelFiles.write(path, lenetModel(1));
        byte[] before = Files.readAllBytes(path);
        ModelFile broken = new ModelFile("now", lenetModel(2).network(), null, null, null, null,
                List.of(new WeightTensor(0, "weight", List.of(1), "AAAA")));
        assertThatThrownBy(() -> ModelFiles.write(path, broken))
                .isInstanceOf(NetworkFileException.class)
                .hasMessage(path + " cannot be written: the weights of Layer 1 (Conv2d) weight have shape 1 but the"
                        + " network needs 6×1×5×5 — any earlier file is unchanged");
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
    }

    private Path edited(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path path = dir.resolve("m.json");
        ModelFiles.write(path, lenetModel(1));
        var mapper = SpecJson.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(path.toFile());
        edit.accept(root);
        Path out = dir.resolve("edited.json");
        Files.writeString(out, mapper.writeValueAsString(root));
        return out;
    }

    @Test
    void refusesANewerVersion() throws Exception {
        Path path = edited(root -> root.put("version", 3));
        assertThatThrownBy(() -> ModelFiles.read(path)).hasMessage(path + " was written by a newer DL Playground"
                + " (format version 3; this one reads up to 2) — update the app to open it");
    }

    @Test
    void refusesWeightsOfTheWrongShape() throws Exception {
        Path path = edited(root -> {
            var layers = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("network").get("layers");
            ((ObjectNode) layers.get(7)).put("out_features", 100);
            ((ObjectNode) layers.get(9)).put("in_features", 100);
        });
        assertThatThrownBy(() -> ModelFiles.read(path)).hasMessage(path + ": the weights of Layer 8 (Linear) weight"
                + " have shape 120×400 but the network needs 100×400");
    }

    @Test
    void refusesDamagedWeightData() throws Exception {
        Path path = edited(root -> ((ObjectNode) root.get("weights").get(1)).put("data", "AAAA"));
        assertThatThrownBy(() -> ModelFiles.read(path)).hasMessage(path + ": the weights of Layer 1 (Conv2d) bias:"
                + " its data holds 3 bytes but shape [6] needs 24");
    }

    @Test
    void refusesTruncatedAndForeignFiles() throws Exception {
        Path path = dir.resolve("m.json");
        ModelFiles.write(path, lenetModel(1));
        byte[] all = Files.readAllBytes(path);
        Path cut = dir.resolve("cut.json");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> ModelFiles.read(cut)).hasMessageStartingWith(cut + ": malformed JSON");
        Path network = dir.resolve("net.json");
        Files.writeString(network, "{\"format\": \"dlplayground-network\", \"network\": {}}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFiles.read(network)).hasMessage(network
                + ": format is 'dlplayground-network', expected 'dlplayground-model' — it is a network file, not a model");
        assertThatThrownBy(() -> ModelFiles.read(dir.resolve("none.json"))).hasMessage(dir.resolve("none.json")
                + " does not exist");
    }
}
