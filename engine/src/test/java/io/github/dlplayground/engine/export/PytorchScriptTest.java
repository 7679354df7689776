package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LeakyReluSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.LrSchedule;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.Size2;
import io.github.dlplayground.engine.spec.SpecException;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PytorchScriptTest {
    private static final String DATA = "/usr/share/datasets/fashion-mnist";

    private static String section(PytorchScript script, String id) {
        return script.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().code();
    }

    @Test
    void lenetBecomesTheBooksSequentialWithItsSettings() throws Exception {
        var file = Presets.load("lenet");
        PytorchScript script = PytorchScript.of(file.network(), file.training(), DatasetKind.FASHION_MNIST, DATA);

        assertThat(script.sections()).extracting(PytorchScript.Section::id)
                .containsExactly("setup", "data", "model", "optimizer", "train", "evaluate");
        String setup = section(script, "setup");
        assertThat(setup).contains("DATA_DIR = '/usr/share/datasets/fashion-mnist'", "BATCH_SIZE = 256",
                "NUM_EPOCHS = 10", "LR = 0.9", "SEED = 1", "INPUT_SHAPE = (1, 28, 28)", "'Ankle boot'",
                "torch.manual_seed(SEED)", "torch.cuda.is_available()");
        assertThat(setup).doesNotContain("TRAINING_SET_SIZE");
        String model = section(script, "model");
        assertThat(model.lines().filter(l -> l.startsWith("    nn.")).map(l -> l.replaceAll("\\s+#.*", "").trim()))
                .containsExactly("nn.Conv2d(1, 6, kernel_size=5, padding=2),", "nn.Sigmoid(),",
                        "nn.AvgPool2d(kernel_size=2, stride=2),", "nn.Conv2d(6, 16, kernel_size=5),", "nn.Sigmoid(),",
                        "nn.AvgPool2d(kernel_size=2, stride=2),", "nn.Flatten(),", "nn.Linear(400, 120),",
                        "nn.Sigmoid(),", "nn.Linear(120, 84),", "nn.Sigmoid(),", "nn.Linear(84, 10))");
        assertThat(model).contains("# 6x28x28", "# 16x5x5", "# 400", "nn.init.xavier_uniform_(m.weight)",
                "nn.init.zeros_(m.bias)", "net.apply(init_weights)", "net = net.to(device)");
        assertThat(section(script, "optimizer")).isEqualTo(
                "loss = nn.CrossEntropyLoss()\ntrainer = torch.optim.SGD(net.parameters(), lr=LR)");
        assertThat(section(script, "train")).contains("test acc {eval_acc:.3f}").doesNotContain("scheduler");
    }

    @Test
    void batchNormIsBatchNorm2dAfterImagesAnd1dAfterVectors() throws Exception {
        var file = Presets.load("lenet-bn");
        String model = section(PytorchScript.of(file.network(), file.training(), DatasetKind.FASHION_MNIST, DATA),
                "model");
        assertThat(model.lines().filter(l -> l.startsWith("    nn.")).map(l -> l.replaceAll("\\s+#.*", "").trim()))
                .containsExactly("nn.Conv2d(1, 6, kernel_size=5),", "nn.BatchNorm2d(6),", "nn.Sigmoid(),",
                        "nn.AvgPool2d(kernel_size=2, stride=2),", "nn.Conv2d(6, 16, kernel_size=5),",
                        "nn.BatchNorm2d(16),", "nn.Sigmoid(),", "nn.AvgPool2d(kernel_size=2, stride=2),",
                        "nn.Flatten(),", "nn.Linear(256, 120),", "nn.BatchNorm1d(120),", "nn.Sigmoid(),",
                        "nn.Linear(120, 84),", "nn.BatchNorm1d(84),", "nn.Sigmoid(),", "nn.Linear(84, 10))");
        assertThat(model).containsPattern("nn\\.BatchNorm2d\\(6\\), +# 6x24x24")
                .containsPattern("nn\\.BatchNorm1d\\(84\\), +# 84").contains("if type(m) in (nn.Linear, nn.Conv2d):");
    }

    @Test
    void everyOptimizerIsItsTorchOptimClassWithTheNonDefaultHyperparameters() {
        Map<OptimizerConfig, String> expected = Map.of(
                OptimizerConfig.defaults("sgd").withLr(0.1).with("weight_decay", 1e-4),
                "torch.optim.SGD(net.parameters(), lr=LR, weight_decay=1.0e-4)",
                OptimizerConfig.defaults("momentum").withLr(0.05).with("dampening", 0.1),
                "torch.optim.SGD(net.parameters(), lr=LR, momentum=0.9, dampening=0.1)",
                OptimizerConfig.defaults("nesterov").withLr(0.05),
                "torch.optim.SGD(net.parameters(), lr=LR, momentum=0.9, nesterov=True)",
                OptimizerConfig.defaults("adagrad"), "torch.optim.Adagrad(net.parameters(), lr=LR)",
                OptimizerConfig.defaults("rmsprop").with("momentum", 0.5).with("alpha", 0.9),
                "torch.optim.RMSprop(net.parameters(), lr=LR, alpha=0.9, momentum=0.5)",
                OptimizerConfig.defaults("adadelta").with("rho", 0.95),
                "torch.optim.Adadelta(net.parameters(), lr=LR, rho=0.95)",
                OptimizerConfig.defaults("adam").with("beta2", 0.99).with("eps", 1e-7),
                "torch.optim.Adam(net.parameters(), lr=LR, betas=(0.9, 0.99), eps=1.0e-7)");
        assertThat(expected).hasSize(OptimizerConfig.KINDS.size());
        expected.forEach((config, code) -> assertThat(PytorchTerms.optimizer(config)).isEqualTo(code));
    }

    @Test
    void schedulesAreTorchSchedulersSteppedOncePerEpoch() throws Exception {
        var file = Presets.load("mlp");
        var step = PytorchScript.of(file.network(), file.training().withSchedule(new LrSchedule.Step(3, 0.5)),
                DatasetKind.FASHION_MNIST, DATA);
        assertThat(section(step, "optimizer"))
                .contains("scheduler = torch.optim.lr_scheduler.StepLR(trainer, step_size=3, gamma=0.5)");
        assertThat(section(step, "train")).contains("    scheduler.step()\n");
        var cosine = PytorchScript.of(file.network(), file.training().withSchedule(new LrSchedule.Cosine(0.001)),
                DatasetKind.FASHION_MNIST, DATA);
        assertThat(section(cosine, "optimizer")).contains(
                "torch.optim.lr_scheduler.CosineAnnealingLR(trainer, T_max=NUM_EPOCHS, eta_min=0.001)");
    }

    @Test
    void eachInitIsTheMatchingTorchInit() throws Exception {
        var file = Presets.load("mlp");
        var cases = Map.of(WeightInit.NORMAL, "nn.init.normal_(m.weight, std=0.01)",
                WeightInit.HE, "nn.init.kaiming_normal_(m.weight, nonlinearity='relu')");
        cases.forEach((init, call) -> assertThat(section(PytorchScript.of(file.network(),
                file.training().withInit(init), DatasetKind.FASHION_MNIST, DATA), "model")).contains(call));
        String pytorchDefault = section(PytorchScript.of(file.network(), file.training().withInit(WeightInit.DEFAULT),
                DatasetKind.FASHION_MNIST, DATA), "model");
        assertThat(pytorchDefault).doesNotContain("init_weights").contains("PyTorch's default initialisation");
    }

    @Test
    void aCustomLayerOrderKeepsItsOrderAndItsUnusualSettings() {
        var spec = new NetworkSpec("odd", NetworkSpec.MNIST_INPUT, List.of(
                new Conv2dSpec(1, 4, Size2.of(3, 5), Size2.of(1, 2), Size2.of(2, 1)),
                new LeakyReluSpec(0.2),
                new MaxPool2dSpec(Size2.of(3), Size2.of(1), Size2.of(2)),
                new AvgPool2dSpec(2),
                new FlattenSpec(),
                new LinearSpec(4 * 3 * 7, 10)));
        String model = section(PytorchScript.of(spec, TrainingConfig.defaults(), DatasetKind.FASHION_MNIST, DATA),
                "model");
        assertThat(model).containsSubsequence("nn.Conv2d(1, 4, kernel_size=(3, 5), padding=(1, 2), stride=(2, 1))",
                "nn.LeakyReLU(negative_slope=0.2)", "nn.MaxPool2d(kernel_size=3, stride=2, padding=1)",
                "nn.AvgPool2d(kernel_size=2, stride=2)", "nn.Flatten()", "nn.Linear(84, 10))");
    }

    @Test
    void aSmallerTrainingSetOrAValidationShareAddsTheSplit() throws Exception {
        var file = Presets.load("softmax");
        var script = PytorchScript.of(file.network(), file.training().withTrainingSetSize(500)
                .withValidationFraction(0.2), DatasetKind.FASHION_MNIST, DATA);
        assertThat(script.sections()).extracting(PytorchScript.Section::id).contains("split");
        assertThat(section(script, "setup")).contains("TRAINING_SET_SIZE = 500", "VALIDATION_FRACTION = 0.2");
        assertThat(section(script, "split")).contains("valid_X, valid_y = ");
        assertThat(section(script, "train")).contains("evaluate(net, valid_X, valid_y)", "valid acc {eval_acc:.3f}");
    }

    @Test
    void theWholeFileStartsWithTheDocstringAndHoldsEverySection() throws Exception {
        var file = Presets.load("softmax");
        var script = PytorchScript.of(file.network(), file.training(), DatasetKind.FASHION_MNIST, "/data/it's here");
        String python = script.toPython("Softmax \"\"\" regression\n\nexported");
        assertThat(python).startsWith("\"\"\"Softmax \\\"\\\"\\\" regression\n\nexported\n\"\"\"\n\nimport gzip\n");
        assertThat(python).contains("DATA_DIR = '/data/it\\'s here'");
        for (PytorchScript.Section s : script.sections()) {
            assertThat(python).contains(s.code());
        }
    }

    @Test
    void anInvalidNetworkOrSettingIsRefusedWithTheFirstProblem() throws Exception {
        var broken = new NetworkSpec("b", NetworkSpec.MNIST_INPUT, List.of(new LinearSpec(784, 10)));
        assertThatThrownBy(() -> PytorchScript.of(broken, TrainingConfig.defaults(), DatasetKind.FASHION_MNIST, DATA))
                .isInstanceOf(SpecException.class).hasMessageContaining("Layer 1 (Linear)");
        var file = Presets.load("mlp");
        assertThatThrownBy(() -> PytorchScript.of(file.network(), file.training().withBatchSize(0),
                DatasetKind.FASHION_MNIST, DATA)).isInstanceOf(SpecException.class).hasMessageContaining("batch_size");
    }
}
