package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.train.EpochMetrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A run's per-epoch metrics as CSV (RFC 4180, comma-separated, a header row, "\n" line ends): epoch, learning
 * rate, training loss and accuracy (running means over the epoch), the set evaluated ("test" or "validation"),
 * its loss and accuracy, and the seconds of training steps and of evaluation. Numbers in plain decimal notation;
 * a missing number is an empty field.
 */
public final class MetricsCsv {
    public static final List<String> COLUMNS = List.of("epoch", "lr", "train_loss", "train_accuracy", "evaluated_on",
            "eval_loss", "eval_accuracy", "seconds", "eval_seconds");

    private MetricsCsv() {
    }

    public static String of(List<EpochMetrics> history) {
        var sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (EpochMetrics m : history) {
            sb.append(m.epoch()).append(',')
                    .append(number(m.lr())).append(',')
                    .append(number(m.trainLoss())).append(',')
                    .append(number(m.trainAccuracy())).append(',')
                    .append(m.evaluatedOn() == null ? "" : m.evaluatedOn()).append(',')
                    .append(number(m.evalLoss())).append(',')
                    .append(number(m.evalAccuracy())).append(',')
                    .append(number(m.seconds())).append(',')
                    .append(number(m.evalSeconds())).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
