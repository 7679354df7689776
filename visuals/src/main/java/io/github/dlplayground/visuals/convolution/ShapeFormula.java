package io.github.dlplayground.visuals.convolution;

/**
 * The book's output-shape formula ⌊(n_h − k_h + p_h + s_h)/s_h⌋ × ⌊(n_w − k_w + p_w + s_w)/s_w⌋ with the current
 * numbers put in, p = 2·pad being the total padding: "⌊(3 − 2 + 0 + 1)/1⌋ × ⌊(3 − 2 + 0 + 1)/1⌋ = 2 × 2".
 */
public final class ShapeFormula {
    public static final String SYMBOLIC = "⌊(n_h − k_h + p_h + s_h)/s_h⌋ × ⌊(n_w − k_w + p_w + s_w)/s_w⌋";

    private ShapeFormula() {
    }

    public static String withNumbers(ConvSettings s) {
        return axis(s.inputH(), s.kernelH(), 2 * s.padH(), s.strideH()) + " × "
                + axis(s.inputW(), s.kernelW(), 2 * s.padW(), s.strideW())
                + " = " + s.outputH() + " × " + s.outputW();
    }

    /** With the channel count in front: "1 × ⌊(3 − 2 + 0 + 1)/1⌋ × ⌊(3 − 2 + 0 + 1)/1⌋ = 1 × 2 × 2". */
    public static String withChannels(ConvSettings s) {
        int c = s.effectiveOutChannels();
        return c + " × " + axis(s.inputH(), s.kernelH(), 2 * s.padH(), s.strideH()) + " × "
                + axis(s.inputW(), s.kernelW(), 2 * s.padW(), s.strideW())
                + " = " + c + " × " + s.outputH() + " × " + s.outputW();
    }

    private static String axis(int n, int k, int p, int stride) {
        return "⌊(" + n + " − " + k + " + " + p + " + " + stride + ")/" + stride + "⌋";
    }
}
