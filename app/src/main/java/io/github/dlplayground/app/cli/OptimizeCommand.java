package io.github.dlplayground.app.cli;

import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.surface.Descent;
import io.github.dlplayground.engine.surface.ExpressionException;
import io.github.dlplayground.engine.surface.SurfacePreset;
import io.github.dlplayground.engine.surface.Surface;
import io.github.dlplayground.engine.surface.Surfaces;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code optimize}: runs one torch.optim rule on a preset surface or a typed function and prints the path,
 * step 0 (the start) to N, so it can be compared number for number with PyTorch.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs an optimizer on a loss surface and prints step, x, y, f for step 0 (the start) to N.",
            "Hyperparameters default to PyTorch's torch.optim defaults (SGD has no default learning rate).",
            "A run diverges when |x|, |y| or |f| exceeds 1e6 or stops being finite: the last row is that step,",
            "then a line says so (on standard error with --csv) and the exit code stays 0.",
            "For a one-variable function give --start X; the columns are then step, x, f."})
public final class OptimizeCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--surface", paramLabel = "NAME", required = true,
                description = "a preset: quadratic, ravine, saddle, local-minima, plateau, rosenbrock, himmelblau, "
                        + "beale (2D); xcos, cubic, tanh (1D)")
        String surface;

        @Option(names = "--function", paramLabel = "EXPR", required = true,
                description = "a formula in x (and y): + - * / ^, sin cos tan exp log sqrt abs tanh sigmoid, pi, e")
        String function;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--optimizer", required = true, paramLabel = "KIND",
            description = "sgd, momentum, nesterov, adagrad, rmsprop, adadelta or adam")
    String optimizer;

    @Option(names = "--lr", description = "learning rate (required for sgd, momentum, nesterov)")
    Double lr;

    @Option(names = "--momentum", description = "momentum (momentum, nesterov: 0.9; sgd, rmsprop: 0)")
    Double momentum;

    @Option(names = "--dampening", description = "dampening of SGD momentum (0)")
    Double dampening;

    @Option(names = "--alpha", description = "RMSProp smoothing constant (0.99)")
    Double alpha;

    @Option(names = "--rho", description = "AdaDelta decay rate (0.9)")
    Double rho;

    @Option(names = "--beta1", description = "Adam first-moment decay (0.9)")
    Double beta1;

    @Option(names = "--beta2", description = "Adam second-moment decay (0.999)")
    Double beta2;

    @Option(names = "--eps", description = "added to the denominator (adagrad 1e-10, rmsprop 1e-8, adadelta 1e-6, "
            + "adam 1e-8)")
    Double eps;

    @Option(names = "--weight-decay", paramLabel = "X", description = "L2 penalty λ (0)")
    Double weightDecay;

    @Option(names = "--start", paramLabel = "X,Y", description = "start point; X alone for a one-variable function "
            + "(default for a preset: its own start)")
    String start;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "number of optimizer steps")
    int steps;

    @Option(names = "--noise", paramLabel = "S", defaultValue = "0",
            description = "σ of Gaussian noise added to each gradient component (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "seed of the noise (default: "
            + "${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--csv", description = "comma-separated output with the header step,x,y,f")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 0) {
            throw new IllegalArgumentException("--steps must be 0 or more, got " + steps);
        }
        String label;
        Surface surface;
        double[] startPoint;
        if (source.surface != null) {
            SurfacePreset preset = Surfaces.preset(source.surface);
            surface = preset.surface();
            label = preset.name() + " f = " + preset.formula();
            startPoint = start == null ? new double[] {preset.startX(), preset.startY()}
                    : parseStart(surface.dimension(), preset.name());
        } else {
            if (start == null) {
                throw new IllegalArgumentException("--function needs --start X,Y (or --start X for a function of x)");
            }
            int dimension = start.contains(",") ? 2 : 1;
            surface = parseFunction(source.function, dimension);
            label = "f = " + source.function.trim();
            startPoint = parseStart(dimension, "the function");
        }
        OptimizerConfig config = config();
        var descent = new Descent(surface, config, startPoint[0], startPoint.length > 1 ? startPoint[1] : 0, noise,
                seed);
        print(descent, surface.dimension() == 2, label, config);
        return 0;
    }

    private static Surface parseFunction(String formula, int dimension) {
        try {
            return Surfaces.parse(formula, dimension);
        } catch (ExpressionException e) {
            String hint = e.problem() == ExpressionException.Problem.VARIABLE_NOT_ALLOWED
                    ? " (or give --start X,Y for a function of x and y)" : "";
            throw new IllegalArgumentException("--function \"" + formula + "\": " + e.getMessage() + hint, e);
        }
    }

    private double[] parseStart(int dimension, String what) {
        String[] parts = start.split(",", -1);
        if (parts.length != dimension) {
            throw new IllegalArgumentException("--start takes " + (dimension == 2 ? "two numbers X,Y" : "one number X")
                    + " for " + what + ", got '" + start + "'");
        }
        double[] out = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--start: '" + parts[i].trim() + "' is not a number (e.g. --start "
                        + (dimension == 2 ? "-5,-2" : "1.5") + ")", e);
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException("--start: the coordinates must be finite, got '" + start + "'");
            }
        }
        return out;
    }

    /** PyTorch's defaults for the kind, overridden by the flags given; flags the rule does not read are errors. */
    OptimizerConfig config() {
        OptimizerConfig config = OptimizerConfig.defaults(optimizer);
        Map<String, Double> given = new LinkedHashMap<>();
        given.put(OptimizerConfig.LR, lr);
        given.put(OptimizerConfig.MOMENTUM, momentum);
        given.put(OptimizerConfig.DAMPENING, dampening);
        given.put(OptimizerConfig.ALPHA, alpha);
        given.put(OptimizerConfig.RHO, rho);
        given.put(OptimizerConfig.BETA1, beta1);
        given.put(OptimizerConfig.BETA2, beta2);
        given.put(OptimizerConfig.EPS, eps);
        given.put(OptimizerConfig.WEIGHT_DECAY, weightDecay);
        List<String> reads = config.hyperparameters();
        for (var e : given.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!reads.contains(e.getKey())) {
                throw new IllegalArgumentException(flag(e.getKey()) + " does not apply to " + config.kind() + ", which reads "
                        + String.join(", ", reads.stream().map(OptimizeCommand::flag).toList()));
            }
            config = config.with(e.getKey(), e.getValue());
        }
        if (Double.isNaN(config.lr())) {
            throw new IllegalArgumentException(config.kind() + " needs --lr: torch.optim.SGD has no default learning "
                    + "rate (try --lr 0.1)");
        }
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return config;
    }

    private static String flag(String hyperparameter) {
        return "--" + hyperparameter.replace('_', '-');
    }

    private void print(Descent descent, boolean twoD, String label, OptimizerConfig config) {
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            out.println(twoD ? "step,x,y,f" : "step,x,f");
        } else {
            out.println("# " + describe(config) + " on " + label);
            out.println(twoD ? String.format(Locale.ROOT, "%6s %16s %16s %16s", "step", "x", "y", "f")
                    : String.format(Locale.ROOT, "%6s %16s %16s", "step", "x", "f"));
        }
        row(out, descent, 0, twoD);
        for (int i = 1; i <= steps && !descent.diverged(); i++) {
            descent.step();
            row(out, descent, i, twoD);
        }
        out.flush();
        if (descent.diverged()) {
            PrintWriter target = csv ? spec.commandLine().getErr() : out;
            target.println(descent.divergence().message());
            target.flush();
        }
    }

    private void row(PrintWriter out, Descent d, int step, boolean twoD) {
        var cells = new ArrayList<String>();
        cells.add(Integer.toString(step));
        cells.add(Float.toString((float) d.x(step)));
        if (twoD) {
            cells.add(Float.toString((float) d.y(step)));
        }
        cells.add(Float.toString((float) d.f(step)));
        if (csv) {
            out.println(String.join(",", cells));
        } else {
            var line = new StringBuilder(String.format(Locale.ROOT, "%6s", cells.get(0)));
            for (int i = 1; i < cells.size(); i++) {
                line.append(String.format(Locale.ROOT, " %16s", cells.get(i)));
            }
            out.println(line);
        }
    }

    private static String describe(OptimizerConfig c) {
        var parts = new ArrayList<String>();
        for (String h : c.hyperparameters()) {
            parts.add(h + "=" + c.get(h));
        }
        return c.displayName() + "(" + String.join(", ", parts) + ")";
    }
}
