package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.train.ConfusionMatrix;
import io.github.dlplayground.engine.train.Evaluation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunLogTest {
    @Test
    void theRunLogReadsLikeTheBook() {
        assertThat(RunLog.epochs(MetricsCsvTest.HISTORY)).isEqualTo("""
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
