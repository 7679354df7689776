package io.github.dlplayground.engine.surface;

/**
 * Why a descent stopped: at {@code step}, |x| or |y| ({@link Reason#POSITION_TOO_LARGE}) or |f|
 * ({@link Reason#VALUE_TOO_LARGE}) went above {@link Descent#LIMIT}, or x, y or f stopped being a finite
 * number ({@link Reason#NOT_FINITE}); {@code value} is the offending number.
 */
public record Divergence(int step, Reason reason, double value) {
    public enum Reason { POSITION_TOO_LARGE, VALUE_TOO_LARGE, NOT_FINITE }

    /** One English sentence: what happened, why, and what to try. */
    public String message() {
        String what = switch (reason) {
            case POSITION_TOO_LARGE -> "the point left the plane (|x| or |y| = " + format(value) + " > 1e6)";
            case VALUE_TOO_LARGE -> "|f| = " + format(value) + " exceeds 1e6";
            case NOT_FINITE -> "x, y or f is no longer a finite number (" + value + ")";
        };
        return "diverged at step " + step + ": " + what + ". The step is too large for the curvature here, so "
                + "each update overshoots further; try a smaller learning rate (or less momentum), or another start.";
    }

    private static String format(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", Math.abs(v));
    }
}
