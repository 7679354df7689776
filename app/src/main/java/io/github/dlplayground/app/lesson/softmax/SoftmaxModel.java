package io.github.dlplayground.app.lesson.softmax;

/**
 * State of the softmax lesson, the book's example: a 2×2 grey image (four pixels x₁…x₄) classified as cat,
 * chicken or dog. The logits come either from o = Wx + b (W [3, 4], b [3], editable) or straight from three
 * sliders; both are multiplied by k (to reach large logits). The label is one of the three classes (one-hot
 * y). {@link #outcome()} asks the engine for everything shown. Plain Java, no toolkit.
 */
public final class SoftmaxModel {
    public static final int CLASSES = 3;
    public static final int FEATURES = 4;
    public static final double MAX_MULTIPLIER = 1000;

    /** Where the logits come from. */
    public enum Source { WEIGHTS, LOGITS }

    private final SoftmaxEngine engine = new SoftmaxEngine();
    private final double[] pixels = {0.9, 0.2, 0.1, 0.7};
    private final double[][] weights = {
        {1.5, -0.5, 0.2, 1.0},
        {-0.8, 1.2, 0.9, -0.3},
        {0.4, 0.3, -1.0, 0.8}};
    private final double[] bias = {0.1, -0.2, 0.0};
    private final double[] directLogits = {2.0, -1.0, 0.5};
    private Source source = Source.WEIGHTS;
    private double multiplier = 1;
    private int label = 2;

    public double pixel(int i) {
        return pixels[i];
    }

    public void setPixel(int i, double value) {
        pixels[i] = value;
    }

    public double weight(int row, int column) {
        return weights[row][column];
    }

    public void setWeight(int row, int column, double value) {
        requireFinite("W[" + (row + 1) + "," + (column + 1) + "]", value);
        weights[row][column] = value;
    }

    public double bias(int row) {
        return bias[row];
    }

    public void setBias(int row, double value) {
        requireFinite("b[" + (row + 1) + "]", value);
        bias[row] = value;
    }

    public double directLogit(int j) {
        return directLogits[j];
    }

    public void setDirectLogit(int j, double value) {
        requireFinite("o[" + (j + 1) + "]", value);
        directLogits[j] = value;
    }

    public Source source() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public double multiplier() {
        return multiplier;
    }

    /** k in [1, 1000]: the logits shown and used are k times the computed or slider ones. */
    public void setMultiplier(double k) {
        if (!(k >= 1 && k <= MAX_MULTIPLIER)) {
            throw new IllegalArgumentException("the logit multiplier must be between 1 and " + MAX_MULTIPLIER
                    + ", got " + k);
        }
        multiplier = k;
    }

    public int label() {
        return label;
    }

    public void setLabel(int label) {
        if (label < 0 || label >= CLASSES) {
            throw new IllegalArgumentException("the label must be class 1, 2 or 3, got " + (label + 1));
        }
        this.label = label;
    }

    /** The logits the lesson shows: k·(Wx + b) or k·(slider values). */
    public double[] logits() {
        double[] o = source == Source.WEIGHTS ? engine.logits(pixels, weights, bias) : directLogits.clone();
        for (int j = 0; j < o.length; j++) {
            o[j] *= multiplier;
        }
        return o;
    }

    public SoftmaxOutcome outcome() {
        return engine.evaluate(logits(), label);
    }

    public NaiveSoftmax.Result naive() {
        return NaiveSoftmax.evaluate(logits(), label);
    }

    /**
     * Cross-entropy (row 0) and squared error (row 1) when the true class's logit takes each of the given
     * values and the other logits stay as they are.
     */
    public double[][] lossesAlongTrueLogit(double[] values) {
        double[] o = logits();
        double[][] out = new double[2][values.length];
        for (int i = 0; i < values.length; i++) {
            o[label] = values[i];
            SoftmaxOutcome at = engine.evaluate(o, label);
            out[0][i] = at.crossEntropy();
            out[1][i] = at.squaredError();
        }
        return out;
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > 1e4) {
            throw new IllegalArgumentException(name + " must be a number between −10000 and 10000, got " + value);
        }
    }
}
