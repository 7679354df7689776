package io.github.dlplayground.visuals.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicksTest {
    @Test
    void linearTicksUseOneTwoFiveSteps() {
        assertThat(Ticks.linear(0, 10, 5)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(Ticks.linear(-5.5, 5.5, 5)).containsExactly(-4, -2, 0, 2, 4);
        assertThat(Ticks.niceStep(0.4)).isEqualTo(0.5);
        assertThat(Ticks.niceStep(7)).isEqualTo(10);
    }

    @Test
    void logTicksArePowersOfTen() {
        assertThat(Ticks.log(0.001, 1000)).containsExactly(0.001, 0.01, 0.1, 1, 10, 100, 1000);
        assertThat(Ticks.log(1, 100)).containsExactly(1, 2, 5, 10, 20, 50, 100);
        assertThat(Ticks.log(0, 10)).isEmpty();
    }

    @Test
    void labelsAreShort() {
        assertThat(Ticks.format(0)).isEqualTo("0");
        assertThat(Ticks.format(2.5)).isEqualTo("2.5");
        assertThat(Ticks.format(-4)).isEqualTo("-4");
        assertThat(Ticks.format(1e-4)).isEqualTo("1e-4");
        assertThat(Ticks.format(2.5e6)).isEqualTo("2.5e6");
        assertThat(Ticks.format(0.125)).isEqualTo("0.125");
    }
}
