package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.visuals.chart.PointList;

/**
 * The curves of the current run and, as a ghost, of the run before it, on an epoch axis as the book's Animator
 * draws them: the minibatch loss smoothed by a bias-corrected exponential moving average (β = 0.9) at x =
 * step / batches per epoch, and per epoch the training loss and accuracy (running means over the epoch) and the
 * evaluation loss and accuracy. Plain Java; FX thread only.
 */
final class RunCurves {
    static final double SMOOTHING = 0.9;

    /** One run's series. */
    static final class Run {
        final PointList batchLoss = new PointList();
        final PointList trainLoss = new PointList();
        final PointList evalLoss = new PointList();
        final PointList trainAccuracy = new PointList();
        final PointList evalAccuracy = new PointList();
        String label = "";

        boolean isEmpty() {
            return batchLoss.size() == 0 && trainLoss.size() == 0;
        }

        void clear() {
            batchLoss.clear();
            trainLoss.clear();
            evalLoss.clear();
            trainAccuracy.clear();
            evalAccuracy.clear();
        }

        void copyFrom(Run other) {
            clear();
            copy(other.batchLoss, batchLoss);
            copy(other.trainLoss, trainLoss);
            copy(other.evalLoss, evalLoss);
            copy(other.trainAccuracy, trainAccuracy);
            copy(other.evalAccuracy, evalAccuracy);
            label = other.label;
        }

        private static void copy(PointList from, PointList to) {
            for (int i = 0; i < from.size(); i++) {
                to.add(from.x(i), from.y(i));
            }
        }
    }

    private final Run current = new Run();
    private final Run previous = new Run();
    private double epochOffset;
    private int batchesPerEpoch = 1;
    private double average;
    private long averaged;
    private String evaluatedOn = "test";

    Run current() {
        return current;
    }

    Run previous() {
        return previous;
    }

    /** "test" or "validation": what the evaluation curves measure. */
    String evaluatedOn() {
        return evaluatedOn;
    }

    /**
     * A run starts: a new run moves the current curves to the ghost (when there are any); a continued run goes
     * on after the epochs already drawn.
     */
    void start(String label, int batchesPerEpoch, String evaluatedOn, boolean continued) {
        this.batchesPerEpoch = Math.max(1, batchesPerEpoch);
        this.evaluatedOn = evaluatedOn;
        if (continued && !current.isEmpty()) {
            epochOffset = current.trainLoss.size() == 0 ? 0 : current.trainLoss.x(current.trainLoss.size() - 1);
            return;
        }
        if (!current.isEmpty()) {
            previous.copyFrom(current);
        }
        current.clear();
        current.label = label;
        epochOffset = 0;
        average = 0;
        averaged = 0;
    }

    /** Adds minibatch losses: rows {step, loss, accuracy}. */
    void addBatches(double[][] rows) {
        for (double[] r : rows) {
            if (!Double.isFinite(r[1])) {
                continue;
            }
            averaged++;
            average = SMOOTHING * average + (1 - SMOOTHING) * r[1];
            double corrected = average / (1 - Math.pow(SMOOTHING, averaged));
            current.batchLoss.add(epochOffset + r[0] / batchesPerEpoch, corrected);
        }
    }

    void addEpoch(EpochMetrics m) {
        double x = epochOffset + m.epoch();
        current.trainLoss.add(x, m.trainLoss());
        current.evalLoss.add(x, m.evalLoss());
        current.trainAccuracy.add(x, m.trainAccuracy());
        current.evalAccuracy.add(x, m.evalAccuracy());
    }

    /** Forgets the ghost. */
    void clearPrevious() {
        previous.clear();
        previous.label = "";
    }
}
