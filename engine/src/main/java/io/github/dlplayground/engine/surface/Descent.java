package io.github.dlplayground.engine.surface;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Walks an optimizer over a surface: the point is a float32 Parameter of size 2 (size 1 on a curve), as a
 * torch tensor would be; each step sets its gradient to ∇f + σ·ε (ε standard normal from a seeded
 * generator, so every optimizer with the same seed sees the same noise) and calls
 * {@link Optimizer#step()}. It stops for good, with a {@link Divergence}, when |x|, |y| or |f| exceeds
 * {@link #LIMIT} or stops being finite. One thread at a time.
 */
public final class Descent {
    /** Beyond this |x|, |y| or |f| a run counts as diverged. */
    public static final double LIMIT = 1e6;

    private final Surface surface;
    private final Parameter point;
    private final Optimizer optimizer;
    private final double noise;
    private final Random random;
    private final double[] gradient = new double[2];
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private double[] fs = new double[64];
    private int size;
    private Divergence divergence;

    public Descent(Surface surface, OptimizerConfig config, double startX, double startY, double noise, long seed) {
        this(surface, config::create, startX, startY, noise, seed);
    }

    /**
     * @param optimizerFactory builds the optimizer over the one parameter it is given
     * @param noise            σ of the Gaussian noise added to each gradient component (0: exact gradient)
     */
    public Descent(Surface surface, Function<List<Parameter>, Optimizer> optimizerFactory, double startX,
                   double startY, double noise, long seed) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("the gradient noise σ must be zero or positive, got " + noise);
        }
        this.surface = surface;
        int n = surface.dimension();
        float[] start = n == 2 ? new float[] {(float) startX, (float) startY} : new float[] {(float) startX};
        point = new Parameter(n == 2 ? "(x, y)" : "x", Shape.of(n), start);
        optimizer = optimizerFactory.apply(List.of(point));
        this.noise = noise;
        random = new Random(seed);
        record();
    }

    /** One optimizer step; false (and nothing changes) once the run has diverged. */
    public boolean step() {
        if (divergence != null) {
            return false;
        }
        double x = x();
        double y = y();
        surface.gradient(x, y, gradient);
        float[] g = point.grad();
        for (int i = 0; i < g.length; i++) {
            double e = noise > 0 ? noise * random.nextGaussian() : 0;
            g[i] = (float) (gradient[i] + e);
        }
        optimizer.step();
        record();
        return divergence == null;
    }

    /** Runs up to {@code n} steps; stops early on divergence. Returns the steps taken. */
    public int run(int n) {
        int taken = 0;
        while (taken < n && step()) {
            taken++;
        }
        return taken;
    }

    private void record() {
        double x = point.value()[0];
        double y = point.size() == 2 ? point.value()[1] : 0;
        double f = surface.value(x, y);
        if (size == xs.length) {
            int grown = size * 2;
            xs = Arrays.copyOf(xs, grown);
            ys = Arrays.copyOf(ys, grown);
            fs = Arrays.copyOf(fs, grown);
        }
        xs[size] = x;
        ys[size] = y;
        fs[size] = f;
        size++;
        divergence = check(size - 1, x, y, f);
    }

    private static Divergence check(int step, double x, double y, double f) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return new Divergence(step, Divergence.Reason.NOT_FINITE, Double.isFinite(x) ? y : x);
        }
        if (Math.abs(x) > LIMIT || Math.abs(y) > LIMIT) {
            return new Divergence(step, Divergence.Reason.POSITION_TOO_LARGE, Math.abs(x) > LIMIT ? x : y);
        }
        if (!Double.isFinite(f)) {
            return new Divergence(step, Divergence.Reason.NOT_FINITE, f);
        }
        if (Math.abs(f) > LIMIT) {
            return new Divergence(step, Divergence.Reason.VALUE_TOO_LARGE, f);
        }
        return null;
    }

    /** Steps taken so far (the path holds steps + 1 points, the start first). */
    public int steps() {
        return size - 1;
    }

    public double x() {
        return xs[size - 1];
    }

    public double y() {
        return ys[size - 1];
    }

    public double f() {
        return fs[size - 1];
    }

    /** Point i of the path: 0 is the start, {@link #steps()} the current point. */
    public double x(int i) {
        return xs[check(i)];
    }

    public double y(int i) {
        return ys[check(i)];
    }

    public double f(int i) {
        return fs[check(i)];
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("step " + i + " of a path with " + size + " points");
        }
        return i;
    }

    /** The exact gradient ∇f at the current point (without noise), into out[0..1]. */
    public void currentGradient(double[] out) {
        surface.gradient(x(), y(), out);
    }

    /** The gradient handed to the optimizer at the last step, noise included (what its state saw). */
    public float[] lastGradient() {
        return point.grad().clone();
    }

    public boolean diverged() {
        return divergence != null;
    }

    /** Why the run stopped, or null while it goes on. */
    public Divergence divergence() {
        return divergence;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Parameter point() {
        return point;
    }

    public Surface surface() {
        return surface;
    }

    public double noise() {
        return noise;
    }
}
