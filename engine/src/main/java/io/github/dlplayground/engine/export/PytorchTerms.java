package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LeakyReluSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.LrSchedule;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.SigmoidSpec;
import io.github.dlplayground.engine.spec.Size2;
import io.github.dlplayground.engine.spec.TanhSpec;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The PyTorch spelling of the engine's settings: each layer spec as its torch.nn module, each optimizer config as
 * its torch.optim constructor (only the hyperparameters that differ from torch's defaults besides the learning
 * rate, which the engine shares), each learning-rate schedule as its torch.optim.lr_scheduler, each weight init
 * as the torch.nn.init calls the engine's initialisers mirror, and Python literals.
 */
final class PytorchTerms {
    private PytorchTerms() {
    }

    /**
     * The torch.nn module for one layer receiving {@code input} (one sample's shape), e.g.
     * {@code nn.Conv2d(1, 6, kernel_size=5, padding=2)}; BatchNorm is nn.BatchNorm2d after an image and
     * nn.BatchNorm1d after a vector, with torch's momentum 0.1 and eps 1e-5, which the engine shares.
     */
    static String layer(LayerSpec spec, Shape input) {
        if (spec instanceof LinearSpec l) {
            return "nn.Linear(" + l.inFeatures() + ", " + l.outFeatures() + ")";
        }
        if (spec instanceof Conv2dSpec c) {
            var args = new ArrayList<String>();
            args.add(Integer.toString(c.inChannels()));
            args.add(Integer.toString(c.outChannels()));
            args.add("kernel_size=" + size(c.kernelSize()));
            if (!c.padding().equals(Size2.of(0))) {
                args.add("padding=" + size(c.padding()));
            }
            if (!c.stride().equals(Size2.of(1))) {
                args.add("stride=" + size(c.stride()));
            }
            return "nn.Conv2d(" + String.join(", ", args) + ")";
        }
        if (spec instanceof MaxPool2dSpec m) {
            return pool("nn.MaxPool2d", m.kernelSize(), m.padding(), m.stride());
        }
        if (spec instanceof AvgPool2dSpec a) {
            return pool("nn.AvgPool2d", a.kernelSize(), a.padding(), a.stride());
        }
        if (spec instanceof LeakyReluSpec r) {
            return "nn.LeakyReLU(negative_slope=" + number(r.negativeSlope()) + ")";
        }
        if (spec instanceof BatchNormSpec b) {
            return "nn.BatchNorm" + (input.rank() == 3 ? "2d(" : "1d(") + b.numFeatures() + ")";
        }
        if (spec instanceof DropoutSpec d) {
            return "nn.Dropout(" + number(d.p()) + ")";
        }
        if (spec instanceof ReluSpec) {
            return "nn.ReLU()";
        }
        if (spec instanceof SigmoidSpec) {
            return "nn.Sigmoid()";
        }
        if (spec instanceof TanhSpec) {
            return "nn.Tanh()";
        }
        if (spec instanceof FlattenSpec) {
            return "nn.Flatten()";
        }
        throw new AssertionError("no PyTorch module for " + spec);
    }

    /** Pooling always names its stride: torch's default (the kernel size) is also the engine's. */
    private static String pool(String module, Size2 kernel, Size2 padding, Size2 stride) {
        var sb = new StringBuilder(module).append("(kernel_size=").append(size(kernel))
                .append(", stride=").append(size(stride));
        if (!padding.equals(Size2.of(0))) {
            sb.append(", padding=").append(size(padding));
        }
        return sb.append(")").toString();
    }

    /**
     * The body of the book's {@code init_weights(m)} for Linear and Conv2d modules, or an empty list for the
     * engine's DEFAULT init, which is PyTorch's own (weights and biases uniform in ±1/√fan_in).
     */
    static List<String> initCalls(WeightInit init) {
        return switch (init) {
            case DEFAULT -> List.of();
            case NORMAL -> List.of("nn.init.normal_(m.weight, std=" + number(WeightInit.NORMAL_STD) + ")",
                    "nn.init.zeros_(m.bias)");
            case XAVIER -> List.of("nn.init.xavier_uniform_(m.weight)", "nn.init.zeros_(m.bias)");
            case HE -> List.of("nn.init.kaiming_normal_(m.weight, nonlinearity='relu')", "nn.init.zeros_(m.bias)");
        };
    }

    /** The torch.optim constructor over {@code net.parameters()} with the learning rate {@code LR}. */
    static String optimizer(OptimizerConfig o) {
        var args = new ArrayList<String>();
        args.add("net.parameters()");
        args.add("lr=LR");
        String cls = switch (o.kind()) {
            case "sgd", "momentum", "nesterov" -> {
                nonDefault(args, "momentum", o.momentum(), 0);
                if (!o.kind().equals("nesterov")) {
                    nonDefault(args, "dampening", o.dampening(), 0);
                }
                nonDefault(args, "weight_decay", o.weightDecay(), 0);
                if (o.kind().equals("nesterov")) {
                    args.add("nesterov=True");
                }
                yield "SGD";
            }
            case "adagrad" -> {
                nonDefault(args, "eps", o.eps(), 1e-10);
                nonDefault(args, "weight_decay", o.weightDecay(), 0);
                yield "Adagrad";
            }
            case "rmsprop" -> {
                nonDefault(args, "alpha", o.alpha(), 0.99);
                nonDefault(args, "eps", o.eps(), 1e-8);
                nonDefault(args, "momentum", o.momentum(), 0);
                nonDefault(args, "weight_decay", o.weightDecay(), 0);
                yield "RMSprop";
            }
            case "adadelta" -> {
                nonDefault(args, "rho", o.rho(), 0.9);
                nonDefault(args, "eps", o.eps(), 1e-6);
                nonDefault(args, "weight_decay", o.weightDecay(), 0);
                yield "Adadelta";
            }
            case "adam" -> {
                if (o.beta1() != 0.9 || o.beta2() != 0.999) {
                    args.add("betas=(" + number(o.beta1()) + ", " + number(o.beta2()) + ")");
                }
                nonDefault(args, "eps", o.eps(), 1e-8);
                nonDefault(args, "weight_decay", o.weightDecay(), 0);
                yield "Adam";
            }
            default -> throw new IllegalArgumentException("unknown optimizer '" + o.kind() + "'");
        };
        return "torch.optim." + cls + "(" + String.join(", ", args) + ")";
    }

    private static void nonDefault(List<String> args, String name, double value, double torchDefault) {
        if (value != torchDefault) {
            args.add(name + "=" + number(value));
        }
    }

    /** The scheduler stepped once per epoch, or null for a constant rate. */
    static String scheduler(LrSchedule schedule) {
        if (schedule instanceof LrSchedule.Step s) {
            return "torch.optim.lr_scheduler.StepLR(trainer, step_size=" + s.stepSize() + ", gamma="
                    + number(s.gamma()) + ")";
        }
        if (schedule instanceof LrSchedule.Cosine c) {
            return "torch.optim.lr_scheduler.CosineAnnealingLR(trainer, T_max=NUM_EPOCHS, eta_min="
                    + number(c.minLr()) + ")";
        }
        return null;
    }

    /** "5" for a square size, "(3, 5)" otherwise. */
    static String size(Size2 s) {
        return s.isSquare() ? Integer.toString(s.height()) : "(" + s.height() + ", " + s.width() + ")";
    }

    /** A Python float literal: "0.1", "1.0", "1e-08" style exponents written as "1.0e-8". */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("no Python literal for " + v);
        }
        return Double.toString(v).replace('E', 'e');
    }

    /** A single-quoted Python string literal. */
    static String string(String s) {
        var sb = new StringBuilder("'");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(ch);
            }
        }
        return sb.append('\'').toString();
    }
}
