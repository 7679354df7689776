package io.github.dlplayground.engine.optim;

/** Hyperparameter checks shared by the optimizers; each message names the rule, the value and the fix. */
final class Checks {
    private Checks() {
    }

    static double learningRate(String rule, double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException(rule + ": the learning rate must be a positive number, got " + lr
                    + "; try e.g. 0.01");
        }
        return lr;
    }

    static double nonNegative(String rule, String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(rule + ": " + what + " must be zero or positive, got " + v);
        }
        return v;
    }

    /** v in [0, 1). */
    static double unitOpen(String rule, String what, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(rule + ": " + what + " must be in [0, 1), got " + v
                    + "; typical values are 0.9 or 0.999");
        }
        return v;
    }

    /** v in [0, 1]. */
    static double unitClosed(String rule, String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(rule + ": " + what + " must be in [0, 1], got " + v);
        }
        return v;
    }
}
