package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SpecException;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Python program in the book's PyTorch style that trains a network spec as the engine does: the same layers in
 * an {@code nn.Sequential}, initialisation, optimizer, hyperparameters, batch size, epochs, schedule and seed, the
 * same IDX files (NumPy + gzip, pixels / 255), a per-epoch line "epoch 1, loss 0.512, train acc 0.812, test acc
 * 0.803" and a final evaluation; it needs only Python 3, torch and NumPy and uses CUDA when present. It comes in
 * sections, one notebook cell each.
 */
public final class PytorchScript {
    /**
     * One part of the program.
     *
     * @param id   a name usable as a notebook cell id: setup, data, split, model, optimizer, train, evaluate
     * @param code Python source ending without a newline
     */
    public record Section(String id, String code) {
    }

    private final List<Section> sections;

    private PytorchScript(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * The program for a valid spec; {@code dataFolder} is the folder written into {@code DATA_DIR}. Throws
     * {@link io.github.dlplayground.engine.spec.SpecException} naming the first problem of an invalid spec or
     * training configuration.
     */
    public static PytorchScript of(NetworkSpec spec, TrainingConfig config, DatasetKind dataset, String dataFolder) {
        SpecReport report = spec.validate().requireValid("");
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new SpecException("training: " + problems.get(0));
        }
        boolean split = config.trainingSetSize() > 0 || config.validationFraction() > 0;
        var out = new ArrayList<Section>();
        out.add(new Section("setup", setup(spec, config, dataset, dataFolder)));
        out.add(new Section("data", PytorchTemplates.DATA));
        if (split) {
            out.add(new Section("split", PytorchTemplates.split(config.validationFraction() > 0)));
        }
        out.add(new Section("model", model(report, config)));
        out.add(new Section("optimizer", optimizer(config)));
        out.add(new Section("train", PytorchTemplates.train(config.validationFraction() > 0,
                PytorchTerms.scheduler(config.schedule()) != null)));
        out.add(new Section("evaluate", PytorchTemplates.EVALUATE));
        return new PytorchScript(out);
    }

    public List<Section> sections() {
        return sections;
    }

    /** The whole program as one file: {@code docstring} (plain text, may be empty) as the module docstring. */
    public String toPython(String docstring) {
        var sb = new StringBuilder();
        if (docstring != null && !docstring.isBlank()) {
            sb.append("\"\"\"").append(docstring.strip().replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\""))
                    .append("\n\"\"\"\n\n");
        }
        for (int i = 0; i < sections.size(); i++) {
            sb.append(i > 0 ? "\n\n" : "").append(sections.get(i).code()).append('\n');
        }
        return sb.toString();
    }

    private static String setup(NetworkSpec spec, TrainingConfig c, DatasetKind dataset, String dataFolder) {
        String classes = dataset.classNames().stream().map(PytorchTerms::string)
                .collect(Collectors.joining(", ", "[", "]"));
        Shape input = spec.input();
        String shape = Arrays.stream(input.dims()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ", "(", input.rank() == 1 ? ",)" : ")"));
        var sb = new StringBuilder(PytorchTemplates.IMPORTS).append("\n\n");
        sb.append("# The folder holding the four ").append(dataset.displayName("en"))
                .append(" IDX files (train-images-idx3-ubyte.gz, ...).\n");
        sb.append("DATA_DIR = ").append(PytorchTerms.string(dataFolder)).append('\n');
        sb.append("CLASS_NAMES = ").append(classes).append('\n');
        sb.append("INPUT_SHAPE = ").append(shape).append("  # one example: channels, height, width\n");
        sb.append("BATCH_SIZE = ").append(c.batchSize()).append('\n');
        sb.append("NUM_EPOCHS = ").append(c.epochs()).append('\n');
        sb.append("LR = ").append(PytorchTerms.number(c.lr())).append("  # learning rate\n");
        sb.append("SEED = ").append(c.seed()).append('\n');
        if (c.trainingSetSize() > 0 || c.validationFraction() > 0) {
            sb.append("TRAINING_SET_SIZE = ").append(c.trainingSetSize())
                    .append("  # training examples to use (0: all)\n");
            sb.append("VALIDATION_FRACTION = ").append(PytorchTerms.number(c.validationFraction()))
                    .append("  # share of them held out for validation\n");
        }
        sb.append('\n').append("torch.manual_seed(SEED)\n");
        sb.append("device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')");
        return sb.toString();
    }

    private static String model(SpecReport report, TrainingConfig config) {
        var sb = new StringBuilder("net = nn.Sequential(\n");
        List<SpecReport.LayerInfo> layers = report.layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i).spec();
            String shape = layers.get(i).output().toString().replace('×', 'x');
            String module = PytorchTerms.layer(layer, layers.get(i).input());
            String line = "    " + module + (i + 1 < layers.size() ? "," : ")");
            sb.append(line).append(" ".repeat(Math.max(2, 48 - line.length()))).append("# ").append(shape).append('\n');
        }
        List<String> init = PytorchTerms.initCalls(config.init());
        if (init.isEmpty()) {
            sb.append("\n# PyTorch's default initialisation: weights and biases uniform in [-1/sqrt(fan_in), "
                    + "1/sqrt(fan_in)].\n");
        } else {
            sb.append("\n\ndef init_weights(m):\n");
            sb.append("    if type(m) in (nn.Linear, nn.Conv2d):\n");
            for (String call : init) {
                sb.append("        ").append(call).append('\n');
            }
            sb.append("\n\nnet.apply(init_weights)\n");
        }
        sb.append("net = net.to(device)\n");
        sb.append("print(net)");
        return sb.toString();
    }

    private static String optimizer(TrainingConfig c) {
        var sb = new StringBuilder("loss = nn.CrossEntropyLoss()\n");
        sb.append("trainer = ").append(PytorchTerms.optimizer(c.optimizer()));
        String scheduler = PytorchTerms.scheduler(c.schedule());
        if (scheduler != null) {
            sb.append("\nscheduler = ").append(scheduler).append("  # stepped once per epoch");
        }
        return sb.toString();
    }
}
