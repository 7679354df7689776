package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.digits.Classification;
import io.github.dlplayground.visuals.drawing.ProbabilityBarsView;
import io.github.dlplayground.visuals.drawing.ProbabilityRanking;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The network's answer: the most probable class in large type, the three most probable classes with their
 * probabilities, one bar per class, and how long the last update took. FX thread only.
 */
final class PredictionPanel extends VBox {
    private final I18n i18n;
    private final Label topClass = new Label("–");
    private final Label topThree = new Label();
    private final Label latency = new Label();
    private final ProbabilityBarsView bars = new ProbabilityBarsView();
    private List<String> classNames = List.of();
    private Classification shown;
    private boolean modelReady;

    PredictionPanel(I18n i18n) {
        super(8);
        this.i18n = i18n;
        getStyleClass().add("prediction-panel");
        topClass.setId("top-class");
        topClass.getStyleClass().addAll("top-class", "accent");
        topClass.setMinWidth(72);
        topClass.setAlignment(Pos.CENTER);
        var looksLike = new Label();
        looksLike.textProperty().bind(i18n.bind("drawing.prediction.top"));
        looksLike.getStyleClass().add("text-muted");
        topThree.setId("top-three");
        topThree.setMinHeight(Region.USE_PREF_SIZE);
        var words = new VBox(2, looksLike, topThree);
        words.setAlignment(Pos.CENTER_LEFT);
        var top = new HBox(16, topClass, words);
        top.setAlignment(Pos.CENTER_LEFT);
        bars.setId("probability-bars");
        Tooltip.install(bars, PadPanel.tooltip(i18n, "drawing.prediction.tip"));
        latency.setId("latency");
        latency.getStyleClass().addAll("text-muted", "text-small");
        getChildren().addAll(top, bars, latency);
        i18n.localeProperty().addListener(o -> show(shown));
        show(null);
    }

    ProbabilityBarsView bars() {
        return bars;
    }

    Label topClassLabel() {
        return topClass;
    }

    /** The names of the classes, in the current language (index = class). */
    void setClassNames(List<String> names) {
        classNames = List.copyOf(names);
        bars.classNamesProperty().set(classNames);
        show(shown);
    }

    void setModelReady(boolean ready) {
        modelReady = ready;
        show(shown);
    }

    /** Shows a classification, or the empty state for null / a blank drawing. */
    void show(Classification c) {
        shown = c;
        float[] p = c == null ? null : c.probabilities();
        bars.probabilitiesProperty().set(p);
        if (p == null) {
            topClass.setText("–");
            topThree.setText(i18n.get(modelReady ? "drawing.prediction.empty" : "drawing.prediction.noModel"));
        } else {
            int[] best = ProbabilityRanking.top(p, 3);
            topClass.setText(name(best[0]));
            var lines = new ArrayList<String>();
            for (int rank = 0; rank < best.length; rank++) {
                lines.add(i18n.get("drawing.prediction.rank", rank + 1, name(best[rank]), percent(p[best[rank]])));
            }
            topThree.setText(String.join("\n", lines));
        }
        latency.setText(c == null ? "" : i18n.get("drawing.prediction.latency",
                String.format(Locale.ROOT, "%.1f", c.nanos() / 1e6)));
    }

    private String name(int index) {
        return index < classNames.size() ? classNames.get(index) : String.valueOf(index);
    }

    private static String percent(float p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }
}
