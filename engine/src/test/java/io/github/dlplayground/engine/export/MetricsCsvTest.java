package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.train.ConfusionMatrix;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Evaluation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCsvTest {
    private static final List<EpochMetrics> HISTORY = List.of(
            new EpochMetrics(1, 0.78125, 0.74, "test", 0.5, 0.8031, 1.25, 0.5, 0.1),
            new EpochMetrics(2, 0.5, 0.8125, "validation", Double.NaN, 0.84, 1.5, 0.25, 1e-4));

    @Test
    void oneRowPerEpochInPlainDecimals() {
        assertThat(MetricsCsv.of(HISTORY)).isEqualTo("""
                epoch,lr,train_loss,train_accuracy,evaluated_on,eval_loss,eval_accuracy,seconds,eval_seconds
                1,0.1,0.78125,0.74,test,0.5,0.8031,1.25,0.5
                2,0.0001,0.5,0.8125,validation,,0.84,1.5,0.25
                """);
    }

    @Test
    void theRunLogReadsLikeTheBook() {
        assertThat(RunLog.epochs(HISTORY)).isEqualTo("""
                epoch 1, loss 0.781, train acc 0.740, test acc 0.803
                epoch 2, loss 0.500, train acc 0.813, valid acc 0.840
                """);
        var m = ConfusionMatrix.of(new long[][] {{3, 1}, {0, 4}});
        String log = RunLog.evaluation(new Evaluation("test", 8, 0.25, m.accuracy(), m), List.of("cat", "dog"));
        assertThat(log).isEqualTo("""
                test accuracy 0.8750, test loss 0.2500 (8 images)
                accuracy per class
                  0 cat          0.7500  (4 images)
                  1 dog          1.0000  (4 images)
                confusion matrix (rows: true class, columns: predicted class)
                    3     1
                    0     4
                """);
    }
}
