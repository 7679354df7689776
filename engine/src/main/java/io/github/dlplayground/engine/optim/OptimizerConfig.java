package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the UI edits, a file stores and the command line reads to build an optimizer: the rule's kind
 * (sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam) and its hyperparameters; a kind reads only
 * the fields listed by {@link #hyperparameters()}. {@link #defaults(String)} gives PyTorch's defaults;
 * torch.optim.SGD has no default learning rate, so the SGD kinds start with {@code lr = NaN} and must be
 * given one before {@link #create(List)}.
 */
public record OptimizerConfig(String kind, double lr, double momentum, double dampening, double alpha, double rho,
                              double beta1, double beta2, double eps, double weightDecay) implements Serializable {
    /** The valid kinds, in the order the lab lists them. */
    public static final List<String> KINDS =
            List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam");

    /** Hyperparameter names as {@link #hyperparameters()} reports them. */
    public static final String LR = "lr";
    public static final String MOMENTUM = "momentum";
    public static final String DAMPENING = "dampening";
    public static final String ALPHA = "alpha";
    public static final String RHO = "rho";
    public static final String BETA1 = "beta1";
    public static final String BETA2 = "beta2";
    public static final String EPS = "eps";
    public static final String WEIGHT_DECAY = "weight_decay";

    /** The momentum the lab's "momentum" and "nesterov" kinds start with (torch.optim.SGD's default is 0). */
    public static final double KIND_MOMENTUM = 0.9;

    public OptimizerConfig {
        kind = kind == null ? null : kind.trim().toLowerCase(Locale.ROOT);
    }

    /** PyTorch's defaults for the kind; the SGD kinds have lr = NaN (no default in torch.optim.SGD). */
    public static OptimizerConfig defaults(String kind) {
        String k = checkKind(kind);
        return switch (k) {
            case "sgd" -> new OptimizerConfig(k, Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0);
            case "momentum", "nesterov" -> new OptimizerConfig(k, Double.NaN, KIND_MOMENTUM, 0, 0, 0, 0, 0, 0, 0);
            case "adagrad" -> new OptimizerConfig(k, AdaGrad.DEFAULT_LR, 0, 0, 0, 0, 0, 0, AdaGrad.DEFAULT_EPS, 0);
            case "rmsprop" -> new OptimizerConfig(k, RmsProp.DEFAULT_LR, 0, 0, RmsProp.DEFAULT_ALPHA, 0, 0, 0,
                    RmsProp.DEFAULT_EPS, 0);
            case "adadelta" -> new OptimizerConfig(k, AdaDelta.DEFAULT_LR, 0, 0, 0, AdaDelta.DEFAULT_RHO, 0, 0,
                    AdaDelta.DEFAULT_EPS, 0);
            case "adam" -> new OptimizerConfig(k, Adam.DEFAULT_LR, 0, 0, 0, 0, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2,
                    Adam.DEFAULT_EPS, 0);
            default -> throw new AssertionError(k);
        };
    }

    /** The hyperparameters this kind reads, learning rate first. */
    public List<String> hyperparameters() {
        return switch (checkKind(kind)) {
            case "sgd", "momentum" -> List.of(LR, MOMENTUM, DAMPENING, WEIGHT_DECAY);
            case "nesterov" -> List.of(LR, MOMENTUM, WEIGHT_DECAY);
            case "adagrad" -> List.of(LR, EPS, WEIGHT_DECAY);
            case "rmsprop" -> List.of(LR, ALPHA, EPS, MOMENTUM, WEIGHT_DECAY);
            case "adadelta" -> List.of(LR, RHO, EPS, WEIGHT_DECAY);
            case "adam" -> List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);
            default -> throw new AssertionError(kind);
        };
    }

    /** The value of a hyperparameter by its name in {@link #hyperparameters()}. */
    public double get(String name) {
        return switch (name) {
            case LR -> lr;
            case MOMENTUM -> momentum;
            case DAMPENING -> dampening;
            case ALPHA -> alpha;
            case RHO -> rho;
            case BETA1 -> beta1;
            case BETA2 -> beta2;
            case EPS -> eps;
            case WEIGHT_DECAY -> weightDecay;
            default -> throw new IllegalArgumentException("unknown hyperparameter '" + name + "'; valid names: "
                    + String.join(", ", LR, MOMENTUM, DAMPENING, ALPHA, RHO, BETA1, BETA2, EPS, WEIGHT_DECAY));
        };
    }

    /** A copy with one hyperparameter changed. */
    public OptimizerConfig with(String name, double v) {
        get(name);
        return new OptimizerConfig(kind, name.equals(LR) ? v : lr, name.equals(MOMENTUM) ? v : momentum,
                name.equals(DAMPENING) ? v : dampening, name.equals(ALPHA) ? v : alpha, name.equals(RHO) ? v : rho,
                name.equals(BETA1) ? v : beta1, name.equals(BETA2) ? v : beta2, name.equals(EPS) ? v : eps,
                name.equals(WEIGHT_DECAY) ? v : weightDecay);
    }

    public OptimizerConfig withLr(double v) {
        return with(LR, v);
    }

    /** The rule's name as students read it: "SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "AdaDelta", "Adam". */
    public String displayName() {
        return switch (checkKind(kind)) {
            case "sgd" -> "SGD";
            case "momentum" -> "Momentum";
            case "nesterov" -> "Nesterov";
            case "adagrad" -> "AdaGrad";
            case "rmsprop" -> "RMSProp";
            case "adadelta" -> "AdaDelta";
            case "adam" -> "Adam";
            default -> throw new AssertionError(kind);
        };
    }

    /** Every problem with this configuration as one sentence each; empty when it can build an optimizer. */
    public List<String> problems() {
        var out = new ArrayList<String>();
        if (kind == null || !KINDS.contains(kind)) {
            out.add(unknownKind(kind));
            return out;
        }
        if (Double.isNaN(lr) && kind.matches("sgd|momentum|nesterov")) {
            out.add(kind + ": give a learning rate (torch.optim.SGD has no default), e.g. 0.1");
        } else if (!(lr > 0) || Double.isInfinite(lr)) {
            out.add(kind + ": the learning rate must be a positive number, got " + lr + "; try e.g. 0.01");
        }
        for (String h : hyperparameters()) {
            double v = get(h);
            String problem = switch (h) {
                case BETA1, BETA2 -> v >= 0 && v < 1 ? null : h + " must be in [0, 1), got " + v
                        + "; typical values are 0.9 and 0.999";
                case ALPHA, RHO, DAMPENING -> v >= 0 && v <= 1 ? null : h + " must be in [0, 1], got " + v;
                case MOMENTUM, EPS, WEIGHT_DECAY -> v >= 0 && !Double.isInfinite(v) ? null
                        : h.replace('_', ' ') + " must be zero or positive, got " + v;
                default -> null;
            };
            if (problem != null) {
                out.add(kind + ": " + problem);
            }
        }
        if (kind.equals("momentum") && !(momentum > 0)) {
            out.add("momentum: the momentum must be positive (use kind sgd for plain SGD), got " + momentum);
        }
        if (kind.equals("nesterov") && !(momentum > 0)) {
            out.add("nesterov: Nesterov momentum needs a positive momentum, got " + momentum);
        }
        return out;
    }

    /** Builds the optimizer; throws IllegalArgumentException with every problem when the settings are invalid. */
    public Optimizer create(List<Parameter> parameters) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return switch (kind) {
            case "sgd", "momentum" -> new Sgd(parameters, lr, momentum, dampening, weightDecay, false);
            case "nesterov" -> new Sgd(parameters, lr, momentum, 0, weightDecay, true);
            case "adagrad" -> new AdaGrad(parameters, lr, weightDecay, eps);
            case "rmsprop" -> new RmsProp(parameters, lr, alpha, eps, weightDecay, momentum, false);
            case "adadelta" -> new AdaDelta(parameters, lr, rho, eps, weightDecay);
            case "adam" -> new Adam(parameters, lr, beta1, beta2, eps, weightDecay, false);
            default -> throw new AssertionError(kind);
        };
    }

    private static String checkKind(String kind) {
        String k = kind == null ? null : kind.trim().toLowerCase(Locale.ROOT);
        if (k == null || !KINDS.contains(k)) {
            throw new IllegalArgumentException(unknownKind(kind));
        }
        return k;
    }

    private static String unknownKind(String kind) {
        return "unknown optimizer '" + kind + "'; valid names: " + String.join(", ", KINDS);
    }
}
