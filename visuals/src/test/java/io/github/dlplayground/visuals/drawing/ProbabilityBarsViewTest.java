package io.github.dlplayground.visuals.drawing;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class ProbabilityBarsViewTest {
    private ProbabilityBarsView bars;

    @Start
    void start(Stage stage) {
        bars = new ProbabilityBarsView();
        bars.classNamesProperty().set(List.of("cat", "chicken", "dog"));
        stage.setScene(new Scene(bars, 300, 120));
        stage.show();
    }

    @Test
    void showsEachProbabilityAsBarAndText(FxRobot robot) {
        robot.interact(() -> bars.probabilitiesProperty().set(new float[] {0.1f, 0.6f, 0.3f}));

        assertThat(bars.barValue(1)).isCloseTo(0.6, within(1e-6));
        assertThat(bars.valueText(1)).isEqualTo("60.0 %");
        assertThat(bars.valueText(2)).isEqualTo("30.0 %");
        robot.lookup("chicken").queryLabeled();
    }

    @Test
    void noProbabilitiesShowEmptyBars(FxRobot robot) {
        robot.interact(() -> bars.probabilitiesProperty().set(new float[] {0.1f, 0.6f, 0.3f}));
        robot.interact(() -> bars.probabilitiesProperty().set(null));

        assertThat(bars.barValue(1)).isZero();
        assertThat(bars.valueText(0)).isEqualTo("–");
    }

    @Test
    void rankingPutsTheLargestFirst() {
        assertThat(ProbabilityRanking.top(new float[] {0.2f, 0.5f, 0.05f, 0.25f}, 3)).containsExactly(1, 3, 0);
        assertThat(ProbabilityRanking.top(null, 3)).isEmpty();
    }
}
