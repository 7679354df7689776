package io.github.dlplayground.engine.surface;

import java.util.Random;

/**
 * The loss surface of linear regression on n points (xᵢ, yᵢ): L(w, b) = 1/n Σ ½(w·xᵢ + b − yᵢ)², with
 * ∂L/∂w = 1/n Σ xᵢ(w·xᵢ + b − yᵢ) and ∂L/∂b = 1/n Σ (w·xᵢ + b − yᵢ); x plays w and y plays b. f and ∇f are
 * evaluated in O(1) from the sums Σx, Σx², Σy, Σy², Σxy; {@link #batchGradient} gives the minibatch
 * gradient of minibatch SGD, and {@link #optimumW()}, {@link #optimumB()} the least-squares solution.
 */
public final class LeastSquares implements Surface {
    private final double[] xs;
    private final double[] ys;
    private final int n;
    private final double sx;
    private final double sxx;
    private final double sy;
    private final double syy;
    private final double sxy;

    public LeastSquares(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("linear regression needs as many y as x values, and at least one; got "
                    + xs.length + " x and " + ys.length + " y");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        n = xs.length;
        double a = 0;
        double aa = 0;
        double c = 0;
        double cc = 0;
        double ac = 0;
        for (int i = 0; i < n; i++) {
            a += xs[i];
            aa += xs[i] * xs[i];
            c += ys[i];
            cc += ys[i] * ys[i];
            ac += xs[i] * ys[i];
        }
        sx = a;
        sxx = aa;
        sy = c;
        syy = cc;
        sxy = ac;
    }

    /**
     * The book's synthetic data: xᵢ ~ N(0, 1), yᵢ = w·xᵢ + b + εᵢ with εᵢ ~ N(0, σ²), all from one seed.
     */
    public static LeastSquares synthetic(double w, double b, double sigma, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("the data needs at least one point, got n = " + n);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("the noise σ must be zero or positive, got " + sigma);
        }
        var random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = w * x[i] + b + sigma * random.nextGaussian();
        }
        return new LeastSquares(x, y);
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** L(w, b) from the sums: 1/(2n)·(w²Σx² + 2wbΣx + nb² − 2wΣxy − 2bΣy + Σy²). */
    @Override
    public double value(double w, double b) {
        double sum = w * w * sxx + 2 * w * b * sx + n * b * b - 2 * w * sxy - 2 * b * sy + syy;
        return Math.max(0, sum) / (2 * n);
    }

    @Override
    public double gradient(double w, double b, double[] out) {
        out[0] = (w * sxx + b * sx - sxy) / n;
        out[1] = (w * sx + n * b - sy) / n;
        return value(w, b);
    }

    /**
     * The gradient of the mean loss over the minibatch order[from, to): 1/|B| Σ (w·xᵢ + b − yᵢ)·(xᵢ, 1), into
     * out[0] (∂/∂w) and out[1] (∂/∂b).
     */
    public void batchGradient(int[] order, int from, int to, double w, double b, double[] out) {
        if (from < 0 || to > order.length || to <= from) {
            throw new IllegalArgumentException("a minibatch needs 0 ≤ from < to ≤ " + order.length + ", got [" + from
                    + ", " + to + ")");
        }
        double gw = 0;
        double gb = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = w * xs[i] + b - ys[i];
            gw += r * xs[i];
            gb += r;
        }
        out[0] = gw / (to - from);
        out[1] = gb / (to - from);
    }

    /** The least-squares w* = (nΣxy − ΣxΣy) / (nΣx² − (Σx)²); NaN when all x are equal. */
    public double optimumW() {
        double d = n * sxx - sx * sx;
        return d > 1e-12 * n * sxx ? (n * sxy - sx * sy) / d : Double.NaN;
    }

    /** b* = (Σy − w*·Σx) / n. */
    public double optimumB() {
        return (sy - optimumW() * sx) / n;
    }

    public int size() {
        return n;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }
}
