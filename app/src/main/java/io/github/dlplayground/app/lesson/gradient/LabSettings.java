package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.engine.optim.OptimizerConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's starting settings: PyTorch's defaults except the learning rates, chosen so that every rule
 * moves visibly on the book's quadratic within a few dozen steps (torch.optim.SGD has no default, and
 * Adam's 0.001 would barely move the point); and the slider range of each hyperparameter.
 */
final class LabSettings {
    /** The kinds racing when the lesson opens. */
    static final List<String> ENABLED = List.of("sgd", "momentum", "rmsprop", "adam");

    /** A slider range; log means the slider moves along log10 of the value. */
    record Range(double min, double max, boolean log) {
    }

    private LabSettings() {
    }

    static Map<String, OptimizerConfig> configs() {
        var m = new LinkedHashMap<String, OptimizerConfig>();
        for (String kind : OptimizerConfig.KINDS) {
            m.put(kind, config(kind));
        }
        return m;
    }

    static OptimizerConfig config(String kind) {
        OptimizerConfig c = OptimizerConfig.defaults(kind);
        return switch (kind) {
            case "sgd" -> c.withLr(0.1);
            case "momentum", "nesterov" -> c.withLr(0.05);
            case "adagrad" -> c.withLr(0.5);
            case "rmsprop" -> c.withLr(0.05);
            case "adam" -> c.withLr(0.1);
            default -> c;
        };
    }

    /** PyTorch's defaults for the kind, keeping {@code current}'s learning rate where PyTorch has none. */
    static OptimizerConfig torchDefaults(OptimizerConfig current) {
        OptimizerConfig c = OptimizerConfig.defaults(current.kind());
        return Double.isNaN(c.lr()) ? c.withLr(current.lr()) : c;
    }

    /** The hyperparameters the lab shows for a kind (dampening and weight decay are left to the CLI). */
    static List<String> shown(OptimizerConfig c) {
        return c.hyperparameters().stream()
                .filter(h -> !h.equals(OptimizerConfig.DAMPENING) && !h.equals(OptimizerConfig.WEIGHT_DECAY))
                .toList();
    }

    static Range range(String hyperparameter) {
        return switch (hyperparameter) {
            case OptimizerConfig.LR -> new Range(1e-4, 10, true);
            case OptimizerConfig.EPS -> new Range(1e-10, 1, true);
            case OptimizerConfig.BETA2 -> new Range(0.5, 0.9999, false);
            case OptimizerConfig.MOMENTUM, OptimizerConfig.ALPHA, OptimizerConfig.RHO, OptimizerConfig.BETA1 ->
                    new Range(0, 0.999, false);
            default -> new Range(0, 1, false);
        };
    }
}
