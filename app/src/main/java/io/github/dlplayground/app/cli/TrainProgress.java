package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.TrainingEvent;
import io.github.dlplayground.engine.train.TrainingListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints training progress for {@code train}: on a terminal a bar per epoch redrawn in place (at most ten
 * times a second) and then the epoch's line; elsewhere only the epoch lines; with {@code --json} one JSON
 * object per epoch. Runs on the training thread (the command's own).
 */
final class TrainProgress implements TrainingListener {
    private static final int BAR = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final ObjectMapper json;
    private long lastDraw;

    /** {@code json} null for text. */
    TrainProgress(PrintWriter out, boolean terminal, ObjectMapper json) {
        this.out = out;
        this.terminal = terminal;
        this.json = json;
    }

    @Override
    public void started(TrainingEvent.Started e) {
        if (json == null) {
            out.println(header(e.evaluatedOn()));
            out.flush();
        }
    }

    @Override
    public void batchFinished(TrainingEvent.BatchFinished e) {
        if (json != null || !terminal) {
            return;
        }
        long now = System.nanoTime();
        if (e.batch() != e.batchesPerEpoch() && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) BAR * e.batch() / e.batchesPerEpoch());
        out.printf(Locale.ROOT, "\repoch %3d [%s%s] %d/%d  loss %.4f", e.epoch(), "█".repeat(filled),
                " ".repeat(BAR - filled), e.batch(), e.batchesPerEpoch(), e.loss());
        out.flush();
    }

    @Override
    public void epochFinished(TrainingEvent.EpochFinished e) {
        EpochMetrics m = e.metrics();
        if (json != null) {
            ObjectNode line = json.createObjectNode();
            line.put("epoch", m.epoch());
            line.put("train_loss", m.trainLoss());
            line.put("train_acc", m.trainAccuracy());
            line.put(m.evaluatedOn().equals("test") ? "test_acc" : "validation_acc", m.evalAccuracy());
            line.put(m.evaluatedOn().equals("test") ? "test_loss" : "validation_loss", m.evalLoss());
            line.put("seconds", m.seconds());
            line.put("lr", m.lr());
            out.println(line.toString());
        } else {
            if (terminal) {
                out.print("\r" + " ".repeat(BAR + 40) + "\r");
            }
            out.println(row(m));
        }
        out.flush();
    }

    static String header(String evaluatedOn) {
        String eval = evaluatedOn.equals("test") ? "test" : "valid";
        return String.format(Locale.ROOT, "%5s  %10s  %9s  %9s  %8s  %8s  %9s", "epoch", "train loss", "train acc",
                eval + " loss", eval + " acc", "seconds", "lr");
    }

    static String row(EpochMetrics m) {
        return String.format(Locale.ROOT, "%5d  %10.4f  %9.4f  %9.4f  %8.4f  %8.2f  %9.4g", m.epoch(), m.trainLoss(),
                m.trainAccuracy(), m.evalLoss(), m.evalAccuracy(), m.seconds(), m.lr());
    }
}
