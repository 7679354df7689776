package io.github.dlplayground.engine.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.nn.BatchNorm;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.SpecJson;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.util.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Model files of networks with BatchNorm keep the running statistics, so inference after loading is identical. */
class BatchNormModelFilesTest {
    private static final NetworkSpec SPEC = new NetworkSpec("bn", Shape.of(1, 6, 6), List.of(
            new Conv2dSpec(1, 3, 3, 0), new BatchNormSpec(3), new ReluSpec(), new FlattenSpec(),
            new LinearSpec(48, 8), new BatchNormSpec(8), new ReluSpec(), new LinearSpec(8, 4)));

    @TempDir
    Path dir;

    private static Tensor images(long seed, int n) {
        var rng = new Rng(seed);
        float[] x = new float[n * 36];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian() + 0.5f;
        }
        return new Tensor(Shape.of(n, 1, 6, 6), x);
    }

    /** A network trained a few steps, so that γ, β and the running statistics are far from their start. */
    private static Sequential trained() {
        TrainingConfig config = TrainingConfig.defaults().withSeed(5);
        Sequential net = NetworkBuilder.build(SPEC, config.init(), config.seed());
        var trainer = new Trainer(net, config);
        for (int step = 0; step < 5; step++) {
            trainer.trainBatch(images(step, 16), new int[] {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3});
        }
        return net;
    }

    private Path saved(Sequential net) throws Exception {
        Path path = dir.resolve("bn.model.json");
        ModelFiles.write(path, ModelFile.of(SPEC, TrainingConfig.defaults(), net, null, List.of(), null));
        return path;
    }

    @Test
    void inferenceAfterLoadingIsIdentical() throws Exception {
        Sequential net = trained();
        var norm = (BatchNorm) net.layers().get(1);
        assertThat(norm.runningMean()).isNotEqualTo(new float[3]);
        Tensor x = images(99, 7);
        float[] expected = net.forward(x, false).data().clone();

        ModelFiles.Loaded loaded = ModelFiles.read(saved(net));
        for (int i : new int[] {1, 5}) {
            var before = (BatchNorm) net.layers().get(i);
            var after = (BatchNorm) loaded.network().layers().get(i);
            assertThat(after.runningMean()).isEqualTo(before.runningMean());
            assertThat(after.runningVariance()).isEqualTo(before.runningVariance());
            assertThat(after.weight().value()).isEqualTo(before.weight().value());
        }
        assertThat(loaded.network().forward(x, false).data()).isEqualTo(expected);
        assertThat(loaded.file().buffers()).extracting(WeightTensor::layer, WeightTensor::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "running_mean"), org.assertj.core.groups.Tuple.tuple(1, "running_var"),
                org.assertj.core.groups.Tuple.tuple(5, "running_mean"), org.assertj.core.groups.Tuple.tuple(5, "running_var"));
    }

    @Test
    void isWrittenAsVersionTwoWithBuffersAfterTheWeights() throws Exception {
        String json = Files.readString(saved(trained()));
        assertThat(json).contains("\"version\" : 2,").contains("\"type\" : \"batch_norm\"")
                .contains("\"num_features\" : 8");
        assertThat(json.indexOf("\"buffers\"")).isGreaterThan(json.indexOf("\"weights\""));
    }

    private Path edited(Consumer<ObjectNode> edit) throws Exception {
        var mapper = SpecJson.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(saved(trained()).toFile());
        edit.accept(root);
        Path out = dir.resolve("edited.json");
        Files.writeString(out, mapper.writeValueAsString(root));
        return out;
    }

    @Test
    void missingOrDamagedRunningStatisticsAreNamed() throws Exception {
        Path missing = edited(root -> root.remove("buffers"));
        assertThatThrownBy(() -> ModelFiles.read(missing)).hasMessage(missing + ": the running statistics of Layer 2"
                + " (BatchNorm) running_mean are missing");
        Path wrongShape = edited(root -> ((ObjectNode) root.get("buffers").get(3)).putArray("shape").add(9));
        assertThatThrownBy(() -> ModelFiles.read(wrongShape)).hasMessage(wrongShape + ": the running statistics of"
                + " Layer 6 (BatchNorm) running_var have shape 9 but the network needs 8");
        Path negative = edited(root -> ((ObjectNode) root.get("buffers").get(1)).put("data",
                WeightTensor.of(1, "running_var", new int[] {3}, new float[] {1, -1, 1}).data()));
        assertThatThrownBy(() -> ModelFiles.read(negative)).hasMessageStartingWith(negative + ": the running statistics"
                + " of Layer 2 (BatchNorm): BatchNorm(3): running mean");
        Path extra = edited(root -> ((ArrayNode) root.get("buffers")).add(((ObjectNode) root.get("buffers").get(0))
                .deepCopy().put("layer", 0)));
        assertThatThrownBy(() -> ModelFiles.read(extra)).hasMessage(extra + ": the file holds 5 running statistics but"
                + " the network's BatchNorm layers keep 4 — they belong to another network");
    }
}
