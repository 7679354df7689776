package io.github.dlplayground.engine.export;

import io.github.dlplayground.engine.train.EpochMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCsvTest {
    static final List<EpochMetrics> HISTORY = List.of(
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
}
