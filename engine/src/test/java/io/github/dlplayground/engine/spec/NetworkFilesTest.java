package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkFilesTest {
    @TempDir
    Path dir;

    private static NetworkFile sample() {
        var spec = new NetworkSpec("tiny", Shape.of(1, 8, 8), List.of(
                new Conv2dSpec(1, 2, Size2.of(3), Size2.of(1), Size2.of(1)), new BatchNormSpec(2), new LeakyReluSpec(0.01),
                new MaxPool2dSpec(Size2.of(2), Size2.of(0), Size2.of(2)), new AvgPool2dSpec(Size2.of(1, 2), null, null),
                new TanhSpec(), new FlattenSpec(), new DropoutSpec(0.25), new LinearSpec(16, 10), new BatchNormSpec(10), new SigmoidSpec(),
                new ReluSpec()));
        var training = TrainingConfig.defaults().withOptimizer(OptimizerConfig.defaults("adam").withLr(0.002))
                .withSchedule(new LrSchedule.Step(3, 0.5)).withInit(WeightInit.HE).withSeed(42)
                .withValidationFraction(0.1).withTrainingSetSize(500);
        return new NetworkFile(spec, training);
    }

    @Test
    void roundTripsEveryLayerKind() throws Exception {
        NetworkFile file = sample();
        String json = NetworkFiles.toJson(file);
        assertThat(json).contains("\"type\" : \"leaky_relu\"").contains("\"negative_slope\" : 0.01")
                .contains("\"kernel_size\" : [ 1, 2 ]").contains("\"in_features\" : 16")
                .contains("\"type\" : \"batch_norm\",\n      \"num_features\" : 2")
                .contains("\"format\" : \"dlplayground-network\"").contains("\"init\" : \"he\"")
                .contains("\"weight_decay\" : 0.0").doesNotContain("momentum").doesNotContain("displayName");
        assertThat(NetworkFiles.parse(json, "x")).isEqualTo(file);
    }

    @Test
    void writesAtomicallyAndReadsBack() throws Exception {
        Path path = dir.resolve("net.json");
        NetworkFiles.write(path, sample());
        assertThat(NetworkFiles.read(path)).isEqualTo(sample());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
    }

    @Test
    void missingTrainingAndDefaultsAreFilledIn() throws Exception {
        String json = """
                {"network": {"input_shape": [784], "layers": [{"type": "linear", "in_features": 784, "out_features": 10}]},
                 "training": {"optimizer": {"kind": "adam"}, "epochs": 3}}""";
        NetworkFile file = NetworkFiles.parse(json, "n.json");
        assertThat(file.training().optimizer()).isEqualTo(OptimizerConfig.defaults("adam"));
        assertThat(file.training().epochs()).isEqualTo(3);
        assertThat(file.training().batchSize()).isEqualTo(256);
        assertThat(file.training().schedule()).isEqualTo(new LrSchedule.Constant());
        String bare = """
                {"network": {"input_shape": [784], "layers": [{"type": "linear", "in_features": 784, "out_features": 10}]}}""";
        assertThat(NetworkFiles.parse(bare, "b.json").training()).isEqualTo(TrainingConfig.defaults());
    }

    private static String withLayers(String layers) {
        return "{\"network\": {\"input_shape\": [1, 28, 28], \"layers\": [" + layers + "]}}";
    }

    @Test
    void malformedJsonNamesFileAndLine() {
        assertThatThrownBy(() -> NetworkFiles.parse("{\"network\": {\n  \"layers\": [,]}}", "bad.json"))
                .isInstanceOf(NetworkFileException.class)
                .hasMessageStartingWith("bad.json: malformed JSON at line 2, column");
    }

    @Test
    void unknownLayerTypeListsTheValidOnes() {
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers("{\"type\": \"flatten\"}, {\"type\": \"conv3d\"}"), "n.json"))
                .hasMessage("n.json: unknown layer type 'conv3d' at network.layers[1]; valid types: linear, conv2d,"
                        + " maxpool2d, avgpool2d, relu, leaky_relu, sigmoid, tanh, batch_norm, dropout, flatten");
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers("{\"in_features\": 3}"), "n.json"))
                .hasMessageStartingWith("n.json: network.layers[0] has no \"type\"");
    }

    @Test
    void unknownAndMissingFieldsAreNamed() {
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers(
                "{\"type\": \"conv2d\", \"in_channels\": 1, \"out_channels\": 2, \"kernel_size\": 3, \"strides\": 2}"),
                "n.json"))
                .hasMessage("n.json: unknown field 'strides' in network.layers[0]; known fields: in_channels, kernel_size,"
                        + " out_channels, padding, stride");
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers("{\"type\": \"linear\", \"in_features\": 784}"), "n.json"))
                .hasMessage("n.json: network.layers[0] is missing out_features");
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers("{\"type\": \"batch_norm\"}"), "n.json"))
                .hasMessage("n.json: network.layers[0] is missing num_features");
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers(
                "{\"type\": \"linear\", \"in_features\": \"many\", \"out_features\": 3}"), "n.json"))
                .hasMessageStartingWith("n.json: network.layers[0].in_features");
    }

    @Test
    void shapeProblemNamesFileLayerAndShapes() {
        assertThatThrownBy(() -> NetworkFiles.parse(withLayers(
                "{\"type\": \"flatten\"}, {\"type\": \"linear\", \"in_features\": 780, \"out_features\": 10}"), "n.json"))
                .hasMessage("n.json: Layer 2 (Linear): expects 780 inputs but receives 784 — set in_features to 784");
    }

    @Test
    void badTrainingSettingsAreNamed() {
        String json = "{\"network\": {\"input_shape\": [784], \"layers\": [{\"type\": \"relu\"}]},"
                + " \"training\": {\"optimizer\": {\"kind\": \"adam\", \"momentum\": 0.9}}}";
        assertThatThrownBy(() -> NetworkFiles.parse(json, "t.json"))
                .hasMessage("t.json: training.optimizer: optimizer adam has no setting 'momentum'; its settings: lr,"
                        + " beta1, beta2, eps, weight_decay");
        String batch = "{\"network\": {\"input_shape\": [784], \"layers\": [{\"type\": \"relu\"}]},"
                + " \"training\": {\"batch_size\": 0}}";
        assertThatThrownBy(() -> NetworkFiles.parse(batch, "t.json"))
                .hasMessage("t.json: training: batch_size must be at least 1, got 0; the book uses 256");
        String init = "{\"network\": {\"input_shape\": [784], \"layers\": [{\"type\": \"relu\"}]},"
                + " \"training\": {\"init\": \"glorot\"}}";
        assertThatThrownBy(() -> NetworkFiles.parse(init, "t.json"))
                .hasMessageContaining("unknown weight init 'glorot'; valid names: default, normal, xavier, he");
    }

    @Test
    void newerVersionAndOtherFormatsAreRefused() {
        String newer = "{\"format\": \"dlplayground-network\", \"version\": 7, \"network\": {}}";
        assertThatThrownBy(() -> NetworkFiles.parse(newer, "v.json"))
                .hasMessage("v.json was written by a newer DL Playground (format version 7; this one reads up to 1)"
                        + " — update the app to open it");
        assertThatThrownBy(() -> NetworkFiles.parse("{\"format\": \"dlplayground-model\"}", "m.json"))
                .hasMessageContaining("it is a model file");
    }

    @Test
    void failedWriteKeepsThePreviousFile() throws Exception {
        Path path = dir.resolve("net.json");
        NetworkFiles.write(path, sample());
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> AtomicFiles.write(path, out -> {
            out.write("{\"partial".getBytes());
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
    }

    @Test
    void presetsHaveTheBooksNetworksAndSettings() throws Exception {
        for (String name : Presets.NAMES) {
            NetworkFile preset = Presets.load(name);
            assertThat(preset.network().validate(10).isValid()).as(name).isTrue();
            assertThat(preset.training().batchSize()).isEqualTo(256);
            assertThat(preset.training().epochs()).isEqualTo(10);
        }
        assertThat(Presets.load("softmax").network().validate().parameterCount()).isEqualTo(7850);
        assertThat(Presets.load("mlp").network().validate().parameterCount()).isEqualTo(203_530);
        assertThat(Presets.load("lenet").network().validate().parameterCount()).isEqualTo(61_706);
        assertThat(Presets.load("lenet").training().lr()).isEqualTo(0.9);
        assertThat(Presets.load("lenet").training().init()).isEqualTo(WeightInit.XAVIER);
        assertThat(Presets.load("mlp-dropout").training().lr()).isEqualTo(0.5);
        assertThat(Presets.load("lenet-relu").training().optimizer().kind()).isEqualTo("adam");
        assertThat(Presets.load("lenet-relu").training().lr()).isEqualTo(0.001);
        assertThat(Presets.load("softmax").training().init()).isEqualTo(WeightInit.NORMAL);
        // d2l 7.5: LeNet without padding (16×4×4 = 256 into the first Linear) and four BatchNorm layers, lr 1.0
        assertThat(Presets.load("lenet-bn").network().validate().parameterCount()).isEqualTo(44_878);
        assertThat(Presets.load("lenet-bn").network().layers()).filteredOn(l -> l instanceof BatchNormSpec)
                .extracting(LayerSpec::describe)
                .containsExactly("BatchNorm(6)", "BatchNorm(16)", "BatchNorm(120)", "BatchNorm(84)");
        assertThat(Presets.load("lenet-bn").training().lr()).isEqualTo(1.0);
        assertThatThrownBy(() -> Presets.load("resnet")).hasMessage(
                "unknown preset 'resnet'; presets: softmax, mlp, mlp-dropout, lenet, lenet-relu, lenet-bn");
    }

    @Test
    void schedulesFollowPytorch() {
        assertThat(new LrSchedule.Step(2, 0.1).lr(1.0, 3, 10)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new LrSchedule.Cosine(0).lr(1.0, 5, 10)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new LrSchedule.Cosine(0.1).lr(1.0, 0, 10)).isEqualTo(1.0);
        assertThat(new LrSchedule.Constant().lr(0.3, 9, 10)).isEqualTo(0.3);
    }
}
