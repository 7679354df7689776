package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.train.ConfusionMatrix;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The app's run written as the exported PyTorch program prints its own: one line per epoch in the book's words
 * ("epoch 1, loss 0.512, train acc 0.812, test acc 0.803"; "valid acc" when a validation set was held out), and
 * the final test accuracy, accuracy per class and confusion matrix (rows = true class).
 */
public final class RunLog {
    private RunLog() {
    }

    /** One line per epoch, each ending in a newline. */
    public static String epochs(List<EpochMetrics> history) {
        var sb = new StringBuilder();
        for (EpochMetrics m : history) {
            String set = "validation".equals(m.evaluatedOn()) ? "valid" : "test";
            sb.append(String.format(Locale.ROOT, "epoch %d, loss %.3f, train acc %.3f, %s acc %.3f%n", m.epoch(),
                    m.trainLoss(), m.trainAccuracy(), set, m.evalAccuracy()).replace("\r\n", "\n"));
        }
        return sb.toString();
    }

    /** The evaluation's summary with {@code classNames} (index = class), each line ending in a newline. */
    public static String evaluation(Evaluation e, List<String> classNames) {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "test accuracy %.4f, test loss %.4f (%d images)", e.accuracy(), e.loss(),
                e.count())).append('\n');
        sb.append("accuracy per class\n");
        ConfusionMatrix m = e.confusion();
        for (int c = 0; c < m.classes(); c++) {
            long total = m.rowTotal(c);
            sb.append(String.format(Locale.ROOT, "  %d %-12s %.4f  (%d images)", c, classNames.get(c),
                    (double) m.count(c, c) / Math.max(total, 1), total)).append('\n');
        }
        sb.append("confusion matrix (rows: true class, columns: predicted class)\n");
        for (int a = 0; a < m.classes(); a++) {
            var row = new StringBuilder();
            for (int p = 0; p < m.classes(); p++) {
                if (p > 0) {
                    row.append(' ');
                }
                row.append(String.format(Locale.ROOT, "%5d", m.count(a, p)));
            }
            sb.append(row).append('\n');
        }
        return sb.toString();
    }
}
