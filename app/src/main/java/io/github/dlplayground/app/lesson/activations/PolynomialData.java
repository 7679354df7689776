package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

/**
 * The book's polynomial data set: x ~ N(0, 1), y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + ε with ε ~ N(0, 0.1²),
 * 100 training and 100 test examples drawn from the engine's seeded generator; a smaller training set is a
 * prefix of the same draw, so growing it only adds points. Features of degree d are xⁱ/i! for i = 1…d
 * (the constant term is the Linear layer's bias).
 */
public final class PolynomialData {
    public static final int MAX_TRAIN = 100;
    public static final int TEST = 100;
    public static final int MAX_DEGREE = 20;
    /** The cubic's coefficients of xⁱ/i!, i = 0…3, as in the book. */
    public static final double[] TRUE_WEIGHTS = {5, 1.2, -3.4, 5.6};
    public static final double NOISE = 0.1;

    private final double[] trainX = new double[MAX_TRAIN];
    private final double[] trainY = new double[MAX_TRAIN];
    private final double[] testX = new double[TEST];
    private final double[] testY = new double[TEST];

    public PolynomialData(long seed) {
        var rng = new Rng(seed);
        for (int i = 0; i < MAX_TRAIN; i++) {
            trainX[i] = rng.nextGaussian();
            trainY[i] = truth(trainX[i]) + NOISE * rng.nextGaussian();
        }
        for (int i = 0; i < TEST; i++) {
            testX[i] = rng.nextGaussian();
            testY[i] = truth(testX[i]) + NOISE * rng.nextGaussian();
        }
    }

    /** The noise-free cubic. */
    public static double truth(double x) {
        double y = 0;
        for (int i = 0; i < TRUE_WEIGHTS.length; i++) {
            y += TRUE_WEIGHTS[i] * term(x, i);
        }
        return y;
    }

    /** xⁱ/i!. */
    public static double term(double x, int i) {
        double t = 1;
        for (int k = 1; k <= i; k++) {
            t *= x / k;
        }
        return t;
    }

    public double[] trainX(int count) {
        return java.util.Arrays.copyOf(trainX, count);
    }

    public double[] trainY(int count) {
        return java.util.Arrays.copyOf(trainY, count);
    }

    public double[] testX() {
        return testX.clone();
    }

    public double[] testY() {
        return testY.clone();
    }

    /** Features [n, degree]: row r holds xᵣ¹/1!, …, xᵣᵈ/d!. */
    public static Tensor features(double[] xs, int degree) {
        float[] data = new float[xs.length * degree];
        for (int r = 0; r < xs.length; r++) {
            for (int i = 1; i <= degree; i++) {
                data[r * degree + i - 1] = (float) term(xs[r], i);
            }
        }
        return new Tensor(Shape.of(xs.length, degree), data);
    }

    /** Targets [n, 1]. */
    public static Tensor targets(double[] ys) {
        float[] data = new float[ys.length];
        for (int r = 0; r < ys.length; r++) {
            data[r] = (float) ys[r];
        }
        return new Tensor(Shape.of(ys.length, 1), data);
    }
}
