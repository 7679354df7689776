package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = CommandLineRunner.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The Fashion-MNIST sample of the source tree. */
    static Path sample() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("sample-data").resolve("fashion-mnist");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sample-data/fashion-mnist not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void trainsPrintsJsonLinesAndSavesAModelThatEvaluatesTheSame() throws Exception {
        Path model = tmp.resolve("soft.json");
        Run train = run("train", "--preset", "softmax", "--epochs", "2", "--train-size", "600", "--batch", "50",
                "--data", sample().toString(), "--out", model.toString(), "--json", "--backend", "java");
        assertThat(train.code()).as(train.err()).isZero();
        var mapper = new ObjectMapper();
        List<String> lines = train.lines();
        assertThat(lines).hasSize(3);
        JsonNode epoch1 = mapper.readTree(lines.get(0));
        assertThat(epoch1.get("epoch").asInt()).isEqualTo(1);
        for (String key : List.of("train_loss", "train_acc", "test_acc", "seconds")) {
            assertThat(epoch1.has(key)).as(key).isTrue();
        }
        JsonNode last = mapper.readTree(lines.get(2));
        assertThat(last.get("status").asText()).isEqualTo("completed");
        assertThat(last.get("model").asText()).isEqualTo(model.toString());
        double testAcc = last.get("test_acc").asDouble();
        assertThat(testAcc).isGreaterThan(0.5).isEqualTo(mapper.readTree(lines.get(1)).get("test_acc").asDouble());
        assertThat(train.err()).contains("Fashion-MNIST from your folder");
        assertThat(Files.exists(model)).isTrue();

        Run eval = run("evaluate", "--model", model.toString(), "--data", sample().toString(), "--json");
        assertThat(eval.code()).as(eval.err()).isZero();
        JsonNode result = mapper.readTree(eval.out());
        assertThat(result.get("test_acc").asDouble()).isEqualTo(testAcc);
        assertThat(result.get("count").asInt()).isEqualTo(2000);
        assertThat(result.get("per_class")).hasSize(10);
        assertThat(result.get("per_class").get(9).get("name").asText()).isEqualTo("Ankle boot");
        long total = 0;
        for (JsonNode row : result.get("confusion")) {
            for (JsonNode v : row) {
                total += v.asLong();
            }
        }
        assertThat(total).isEqualTo(2000);
    }

    @Test
    void textOutputHasATableAndASummary() {
        Path model = tmp.resolve("m.json");
        Run train = run("train", "--preset", "mlp", "--epochs", "1", "--train-size", "300", "--batch", "100",
                "--data", sample().toString(), "--out", model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("Multilayer perceptron: 203,530 parameters")
                .contains("epoch  train loss  train acc  test loss  test acc")
                .contains("model saved to " + model);
        Run eval = run("evaluate", "--model", model.toString(), "--data", sample().toString());
        assertThat(eval.out()).contains("test accuracy").contains("accuracy per class").contains("9 Ankle boot")
                .contains("confusion matrix (rows: true class, columns: predicted class)");
    }

    @Test
    void lenetWithBatchNormTrainsAndItsSavedModelEvaluatesTheSame() throws Exception {
        Path model = tmp.resolve("lenet-bn.json");
        Run train = run("train", "--preset", "lenet-bn", "--epochs", "1", "--train-size", "1000", "--batch", "50",
                "--data", sample().toString(), "--out", model.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.err()).contains("LeNet with batch normalization: 44,878 parameters");
        var mapper = new ObjectMapper();
        JsonNode last = mapper.readTree(train.lines().get(train.lines().size() - 1));
        assertThat(last.get("steps").asInt()).isEqualTo(20);
        double testLoss = last.get("test_loss").asDouble();
        assertThat(last.get("test_acc").asDouble()).isGreaterThan(0.2);
        assertThat(Files.readString(model)).contains("\"version\" : 2").contains("\"running_var\"");
        // Inference after loading uses the saved running statistics, so the test loss is the trainer's to the bit.
        Run eval = run("evaluate", "--model", model.toString(), "--data", sample().toString(), "--json");
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(mapper.readTree(eval.out()).get("test_loss").asDouble()).isEqualTo(testLoss);
    }

    @Test
    void helpListsEveryPreset() {
        Run help = run("train", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Presets: " + String.join(", ",
                io.github.dlplayground.engine.spec.Presets.NAMES) + " (the book's networks");
    }

    @Test
    void optionsOverrideThePreset() throws Exception {
        Path model = tmp.resolve("adam.json");
        Run train = run("train", "--preset", "softmax", "--epochs", "1", "--train-size", "200", "--optimizer", "adam",
                "--seed", "9", "--batch", "50", "--data", sample().toString(), "--out", model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("Adam lr 0.001, batch 50, 1 epochs, init normal, seed 9");
        String saved = Files.readString(model);
        assertThat(saved).contains("\"kind\" : \"adam\"").contains("\"seed\" : 9").contains("\"training_set_size\" : 200");
    }

    @Test
    void divergenceIsOneErrorLineAndNoModel() {
        Path model = tmp.resolve("never.json");
        Run train = run("train", "--preset", "mlp", "--lr", "1e12", "--epochs", "1", "--train-size", "500",
                "--batch", "50", "--data", sample().toString(), "--out", model.toString(), "--json");
        assertThat(train.code()).isEqualTo(1);
        assertThat(train.err().lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
                .startsWith("error: DIVERGED: the loss became").contains("try 100000000000").endsWith("(no model was saved)");
        assertThat(train.lines()).last().asString().contains("\"status\":\"diverged\"");
        assertThat(Files.exists(model)).isFalse();
    }

    @Test
    void badInputIsOneClearLine() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"network\": {\"input_shape\": [1, 28, 28], \"layers\": [");
        assertError(run("train", "--network", broken.toString()), "error: " + broken + ": malformed JSON");

        Path wrong = tmp.resolve("wrong.json");
        Files.writeString(wrong, "{\"network\": {\"input_shape\": [1, 28, 28], \"layers\": [{\"type\": \"flatten\"},"
                + " {\"type\": \"linear\", \"in_features\": 784, \"out_features\": 12}]}}");
        assertError(run("train", "--network", wrong.toString(), "--data", sample().toString()),
                "error: wrong: the network ends in 12 outputs but the data has 10 classes — set out_features of layer 2"
                        + " (Linear) to 10");

        assertError(run("train", "--preset", "mlp", "--batch", "0"), "error: --batch must be at least 1, got 0");
        assertError(run("train", "--preset", "lenet-relu", "--optimizer", "sgd"),
                "error: optimizer sgd has no default learning rate: add --lr, e.g. --lr 0.1");
        assertError(run("evaluate", "--model", tmp.resolve("none.json").toString()),
                "error: " + tmp.resolve("none.json") + " does not exist");
    }

    @Test
    void damagedDataNamesTheFile() throws Exception {
        Path dir = tmp.resolve("data");
        Files.createDirectories(dir);
        for (String name : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")) {
            Files.copy(sample().resolve(name), dir.resolve(name));
        }
        byte[] labels = Files.readAllBytes(dir.resolve("t10k-labels-idx1-ubyte.gz"));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), Arrays.copyOf(labels, labels.length / 2));
        assertError(run("train", "--preset", "softmax", "--data", dir.toString()),
                "error: " + dir.resolve("t10k-labels-idx1-ubyte.gz") + " is truncated");
        assertError(run("train", "--preset", "softmax", "--data", tmp.resolve("nowhere").toString()),
                "error: the data folder " + tmp.resolve("nowhere") + " does not exist or is not a folder");
    }

    private static void assertError(Run run, String start) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith(start);
    }
}
