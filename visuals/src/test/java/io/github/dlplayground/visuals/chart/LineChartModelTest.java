package io.github.dlplayground.visuals.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineChartModelTest {
    @Test
    void boundsFollowTheDataOfAllSeries() {
        var a = new PointList();
        a.add(0, 1);
        a.add(10, 3);
        var b = new PointList();
        b.add(5, -1);
        var m = new LineChartModel();
        m.addSeries(Series.line("a", 0, a));
        m.addSeries(Series.line("b", 1, b));
        double[] bounds = m.bounds();
        assertThat(bounds[0]).isEqualTo(0);
        assertThat(bounds[1]).isEqualTo(10);
        // 5 % padding on y: range [−1, 3] widened by 0.2
        assertThat(bounds[2]).isEqualTo(-1.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(bounds[3]).isEqualTo(3.2, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void logAxisLeavesOutNonPositiveValues() {
        var a = new PointList();
        a.add(0, 100);
        a.add(1, 0.01);
        a.add(2, -3);
        a.add(3, Double.NaN);
        var m = new LineChartModel();
        m.addSeries(Series.line("a", 0, a));
        m.setLogY(true);
        double[] b = m.bounds();
        assertThat(b[2]).isEqualTo(0.01);
        assertThat(b[3]).isEqualTo(100);
        assertThat(m.hasNonPositiveY()).isTrue();
    }

    @Test
    void emptyChartStillHasARange() {
        double[] b = new LineChartModel().bounds();
        assertThat(b[1]).isGreaterThan(b[0]);
        assertThat(b[3]).isGreaterThan(b[2]);
    }

    @Test
    void fixedRangesWin() {
        var a = new PointList();
        a.add(0, 1);
        a.add(1, 2);
        var m = new LineChartModel();
        m.addSeries(Series.points("a", 0, a));
        m.setXRange(new double[] {-5, 5});
        m.setYRange(new double[] {0, 10});
        assertThat(m.bounds()).containsExactly(-5, 5, 0, 10);
    }
}
