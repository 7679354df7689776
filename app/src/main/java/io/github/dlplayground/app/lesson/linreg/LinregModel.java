package io.github.dlplayground.app.lesson.linreg;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.surface.Descent;
import io.github.dlplayground.engine.surface.LeastSquares;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.visuals.surface.SteppingModel;
import io.github.dlplayground.visuals.surface.Trail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The book's linear regression trained live: synthetic data, the parameters θ = (w, b) as a float32
 * Parameter, and minibatch SGD — each step takes the next |B| examples of a shuffled epoch, puts the
 * minibatch gradient 1/|B| Σ (w·xᵢ + b − yᵢ)(xᵢ, 1) into θ's gradient and lets the engine's
 * {@link Sgd} update θ. Records the path of (w, b) on the loss surface. Plain Java, FX thread in the lesson.
 */
final class LinregModel extends SteppingModel implements Trail {
    /** Defaults of the book: w = 2, b = 4.2, σ = 0.01, 1000 examples, batch 10, η = 0.03, 3 epochs. */
    static final double TRUE_W = 2;
    static final double TRUE_B = 4.2;
    static final double SIGMA = 0.01;
    static final int N = 1000;
    static final int BATCH = 10;
    static final double LR = 0.03;
    static final int EPOCHS = 3;
    static final long SEED = 42;

    /** What the last step did: the minibatch mean gradient and θ before and after. */
    record LastStep(int batchSize, double lr, double gradW, double gradB, double wBefore, double bBefore,
                    double wAfter, double bAfter) {
    }

    private final double[] gradient = new double[2];
    private LeastSquares data;
    private long seed = SEED;
    private double startW;
    private double startB;
    private int batchSize = BATCH;
    private double lr = LR;
    private int epochs = EPOCHS;
    private Parameter theta;
    private Sgd sgd;
    private Random shuffler;
    private int[] order;
    private int epoch;
    private int position;
    private int batchIndex;
    private int steps;
    private LastStep last;
    private double[] ws = new double[256];
    private double[] bs = new double[256];
    private int size;
    private boolean diverged;

    LinregModel() {
        super(20, 500);
        data = LeastSquares.synthetic(TRUE_W, TRUE_B, SIGMA, N, SEED);
        reset();
    }

    /** New synthetic data; training starts over. */
    void generate(double w, double b, double sigma, int n, long newSeed) {
        data = LeastSquares.synthetic(w, b, sigma, n, newSeed);
        seed = newSeed;
        batchSize = Math.min(batchSize, n);
        reset();
    }

    /** Back to the start (w, b), epoch 1, the first shuffle of this seed. */
    void reset() {
        theta = new Parameter("(w, b)", Shape.of(2), new float[] {(float) startW, (float) startB});
        sgd = new Sgd(List.of(theta), lr);
        shuffler = new Random(seed + 1);
        order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        epoch = 0;
        position = 0;
        batchIndex = 0;
        steps = 0;
        last = null;
        size = 0;
        diverged = false;
        clearPending();
        record();
        changed();
    }

    void setStart(double w, double b) {
        startW = w;
        startB = b;
        reset();
    }

    /** Used from the next step on (the optimizer's learning rate is changeable between steps). */
    void setLearningRate(double v) {
        lr = v;
        sgd.setLearningRate(v);
        changed();
    }

    /** Used from the next minibatch on. */
    void setBatchSize(int b) {
        if (b < 1 || b > data.size()) {
            throw new IllegalArgumentException("the batch size must be between 1 and n = " + data.size() + ", got " + b);
        }
        batchSize = b;
        changed();
    }

    void setEpochs(int e) {
        if (e < 1) {
            throw new IllegalArgumentException("train for at least one epoch, got " + e);
        }
        epochs = e;
        changed();
    }

    /** One minibatch update. */
    @Override
    protected void stepQuietly() {
        if (position == 0) {
            shuffle();
        }
        int to = Math.min(position + batchSize, order.length);
        double w = theta.value()[0];
        double b = theta.value()[1];
        data.batchGradient(order, position, to, w, b, gradient);
        theta.grad()[0] = (float) gradient[0];
        theta.grad()[1] = (float) gradient[1];
        sgd.step();
        last = new LastStep(to - position, sgd.learningRate(), theta.grad()[0], theta.grad()[1], w, b,
                theta.value()[0], theta.value()[1]);
        position = to;
        batchIndex++;
        steps++;
        if (position == order.length) {
            epoch++;
            position = 0;
            batchIndex = 0;
        }
        record();
    }

    /** Fisher–Yates with the model's seeded generator: a new order each epoch. */
    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffler.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void record() {
        if (size == ws.length) {
            ws = Arrays.copyOf(ws, size * 2);
            bs = Arrays.copyOf(bs, size * 2);
        }
        double w = theta.value()[0];
        double b = theta.value()[1];
        ws[size] = w;
        bs[size] = b;
        size++;
        double loss = data.value(w, b);
        diverged = !Double.isFinite(w) || !Double.isFinite(b) || !Double.isFinite(loss)
                || Math.abs(w) > Descent.LIMIT || Math.abs(b) > Descent.LIMIT || loss > Descent.LIMIT;
    }

    @Override
    public boolean finished() {
        return diverged || epoch >= epochs;
    }

    LeastSquares data() {
        return data;
    }

    double w() {
        return theta.value()[0];
    }

    double b() {
        return theta.value()[1];
    }

    double loss() {
        return data.value(w(), b());
    }

    /** The last update, or null before the first. */
    LastStep lastStep() {
        return last;
    }

    /** Completed epochs (0 while the first runs). */
    int epoch() {
        return epoch;
    }

    int epochs() {
        return epochs;
    }

    /** Index of the next minibatch within the epoch, from 0. */
    int batchIndex() {
        return batchIndex;
    }

    int batchesPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    int steps() {
        return steps;
    }

    int batchSize() {
        return batchSize;
    }

    double learningRate() {
        return lr;
    }

    double startW() {
        return startW;
    }

    double startB() {
        return startB;
    }

    long seed() {
        return seed;
    }

    @Override
    public String name() {
        return "SGD";
    }

    @Override
    public int colorIndex() {
        return 1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double x(int i) {
        return ws[i];
    }

    @Override
    public double y(int i) {
        return bs[i];
    }

    @Override
    public boolean diverged() {
        return diverged;
    }
}
