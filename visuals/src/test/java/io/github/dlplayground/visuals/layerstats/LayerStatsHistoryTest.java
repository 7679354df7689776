package io.github.dlplayground.visuals.layerstats;

import io.github.dlplayground.engine.train.LayerStatistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayerStatsHistoryTest {
    private static LayerStatsHistory.Snapshot snap(long step, double outGrad, double weightGrad) {
        var s = new LayerStatistics(0, "Linear", null, 0, 1, -1, 1, 0, outGrad, 1, weightGrad);
        return new LayerStatsHistory.Snapshot(step, List.of("1 Linear"), List.of(s));
    }

    @Test
    void thinsEvenlyWhenFull() {
        var h = new LayerStatsHistory(4);
        for (int i = 1; i <= 5; i++) {
            h.add(snap(i, 1, 1));
        }
        assertThat(h.snapshots()).extracting(LayerStatsHistory.Snapshot::step).containsExactly(1L, 3L, 5L);
    }

    @Test
    void showsWeightGradientWhenThereIsOneAndSpansItsLogRange() {
        var h = new LayerStatsHistory(10);
        h.add(snap(1, 5, 1e-4));
        h.add(snap(2, 5, 1e-1));
        assertThat(LayerStatsHistory.shownGradNorm(h.latest().layers().get(0))).isEqualTo(0.1);
        assertThat(h.logGradRange()).containsExactly(-4.0, -1.0);
        h.add(snap(3, 2, Double.NaN));
        assertThat(LayerStatsHistory.shownGradNorm(h.latest().layers().get(0))).isEqualTo(2.0);
    }
}
