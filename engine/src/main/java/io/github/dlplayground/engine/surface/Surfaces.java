package io.github.dlplayground.engine.surface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's named functions with closed-form gradients — 2D: quadratic x² + 2y² and ravine 0.1x² + 2y²
 * (the book's), saddle, local-minima, plateau, rosenbrock, himmelblau, beale; 1D: xcos x·cos(πx),
 * cubic x³, tanh — and {@link #parse(String, int)} for a typed formula.
 */
public final class Surfaces {
    private static final Map<String, SurfacePreset> PRESETS = new LinkedHashMap<>();

    /** Gaussian wells of the local-minima surface: centre x, centre y, depth A, width s. */
    private static final double[][] WELLS = {{1.6, 1.2, 2.0, 0.9}, {-1.5, -1.0, 1.2, 0.6}, {-1.2, 1.8, 1.5, 0.5}};

    static {
        add2d("quadratic", "x^2 + 2*y^2", new Bounds(-6, 6, -4, 4), -5, -2, false,
                (x, y) -> x * x + 2 * y * y,
                (x, y, g) -> { g[0] = 2 * x; g[1] = 4 * y; });
        add2d("ravine", "0.1*x^2 + 2*y^2", new Bounds(-6, 6, -4, 4), -5, -2, false,
                (x, y) -> 0.1 * x * x + 2 * y * y,
                (x, y, g) -> { g[0] = 0.2 * x; g[1] = 4 * y; });
        add2d("saddle", "x^2 - y^2", new Bounds(-3, 3, -3, 3), -2.5, 0.05, false,
                (x, y) -> x * x - y * y,
                (x, y, g) -> { g[0] = 2 * x; g[1] = -2 * y; });
        add2d("local-minima", "0.05*(x^2 + y^2) - 2*exp(-((x - 1.6)^2 + (y - 1.2)^2)/0.9)"
                        + " - 1.2*exp(-((x + 1.5)^2 + (y + 1)^2)/0.6) - 1.5*exp(-((x + 1.2)^2 + (y - 1.8)^2)/0.5)",
                new Bounds(-4, 4, -4, 4), -2.8, -2.6, false, Surfaces::wells, Surfaces::wellsGradient);
        add2d("plateau", "1 - exp(-(0.5*x^2 + y^2))", new Bounds(-4, 4, -4, 4), 3, 2.5, false,
                (x, y) -> 1 - Math.exp(-(0.5 * x * x + y * y)),
                (x, y, g) -> {
                    double e = Math.exp(-(0.5 * x * x + y * y));
                    g[0] = e * x;
                    g[1] = e * 2 * y;
                });
        add2d("rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", new Bounds(-2, 2, -1, 3), -1.5, 2, true,
                (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
                (x, y, g) -> {
                    g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
                    g[1] = 200 * (y - x * x);
                });
        add2d("himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new Bounds(-5, 5, -5, 5), 0, 0, true,
                (x, y) -> sq(x * x + y - 11) + sq(x + y * y - 7),
                (x, y, g) -> {
                    double a = x * x + y - 11;
                    double b = x + y * y - 7;
                    g[0] = 4 * x * a + 2 * b;
                    g[1] = 2 * a + 4 * y * b;
                });
        add2d("beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
                new Bounds(-4.5, 4.5, -4.5, 4.5), -1, 1.5, true,
                (x, y) -> sq(1.5 - x + x * y) + sq(2.25 - x + x * y * y) + sq(2.625 - x + x * y * y * y),
                (x, y, g) -> {
                    double a = 1.5 - x + x * y;
                    double b = 2.25 - x + x * y * y;
                    double c = 2.625 - x + x * y * y * y;
                    g[0] = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1);
                    g[1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y * y;
                });
        add1d("xcos", "x*cos(pi*x)", new Bounds(-1, 2, -1.5, 2.2), -0.8,
                (x, y) -> x * Math.cos(Math.PI * x),
                (x, y, g) -> g[0] = Math.cos(Math.PI * x) - Math.PI * x * Math.sin(Math.PI * x));
        add1d("cubic", "x^3", new Bounds(-2, 2, -8, 8), 1.2,
                (x, y) -> x * x * x,
                (x, y, g) -> g[0] = 3 * x * x);
        add1d("tanh", "tanh(x)", new Bounds(-6, 6, -1.3, 1.3), 2,
                (x, y) -> Math.tanh(x),
                (x, y, g) -> {
                    double t = Math.tanh(x);
                    g[0] = 1 - t * t;
                });
    }

    private Surfaces() {
    }

    private static void add2d(String name, String formula, Bounds view, double sx, double sy, boolean log,
                              ClosedForm.Value f, ClosedForm.Gradient g) {
        PRESETS.put(name, new SurfacePreset(name, formula, new ClosedForm(2, f, g), view, sx, sy, log));
    }

    private static void add1d(String name, String formula, Bounds view, double sx, ClosedForm.Value f,
                              ClosedForm.Gradient g) {
        PRESETS.put(name, new SurfacePreset(name, formula, new ClosedForm(1, f, g), view, sx, 0, false));
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double wells(double x, double y) {
        double f = 0.05 * (x * x + y * y);
        for (double[] w : WELLS) {
            f -= w[2] * Math.exp(-(sq(x - w[0]) + sq(y - w[1])) / w[3]);
        }
        return f;
    }

    private static void wellsGradient(double x, double y, double[] g) {
        g[0] = 0.1 * x;
        g[1] = 0.1 * y;
        for (double[] w : WELLS) {
            double e = w[2] * Math.exp(-(sq(x - w[0]) + sq(y - w[1])) / w[3]);
            g[0] += e * 2 * (x - w[0]) / w[3];
            g[1] += e * 2 * (y - w[1]) / w[3];
        }
    }

    /** The 2D presets in the lab's order. */
    public static List<String> names2d() {
        return PRESETS.values().stream().filter(p -> p.dimension() == 2).map(SurfacePreset::name).toList();
    }

    /** The 1D presets: xcos, cubic, tanh. */
    public static List<String> names1d() {
        return PRESETS.values().stream().filter(p -> p.dimension() == 1).map(SurfacePreset::name).toList();
    }

    public static Optional<SurfacePreset> find(String name) {
        return Optional.ofNullable(name == null ? null : PRESETS.get(name.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The preset of that name, or an exception listing the valid names. */
    public static SurfacePreset preset(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown surface '" + name
                + "'; valid names: " + String.join(", ", names2d()) + " (2D), " + String.join(", ", names1d())
                + " (1D)"));
    }

    /**
     * Parses a formula in x and y (dimension 2) or in x alone (dimension 1) into a surface whose gradient is
     * exact (automatic differentiation of the parsed expression).
     *
     * @throws ExpressionException with the position of the first problem
     */
    public static Expression parse(String formula, int dimension) {
        return ExpressionParser.parse(formula, dimension);
    }
}
