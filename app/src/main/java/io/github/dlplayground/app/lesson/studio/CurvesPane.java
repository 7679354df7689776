package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.chart.LineChartView;
import io.github.dlplayground.visuals.chart.PointList;
import io.github.dlplayground.visuals.chart.Series;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The live curves: loss (smoothed minibatch loss, epoch training and evaluation loss; log scale optional) and
 * accuracy (training and evaluation per epoch, 0–1) side by side with epochs on x, so the gap between training
 * and test shows over-fitting. The previous run is drawn as dots in the same colours (e.g. without dropout, same
 * seed). FX thread only.
 */
final class CurvesPane extends VBox {
    private final I18n i18n;
    private final RunCurves curves;
    private final LineChartView loss = new LineChartView();
    private final LineChartView accuracy = new LineChartView();
    private final CheckBox logScale = new CheckBox();
    private final CheckBox showPrevious = new CheckBox();
    private String note = "";

    CurvesPane(I18n i18n, RunCurves curves) {
        super(8);
        this.i18n = i18n;
        this.curves = curves;
        getStyleClass().add("studio-curves");
        logScale.textProperty().bind(i18n.bind("studio.curves.log"));
        StudioUi.tip(logScale, i18n, "studio.curves.log.tip");
        loss.logScaleProperty().bind(logScale.selectedProperty());
        showPrevious.textProperty().bind(i18n.bind("studio.curves.previous"));
        StudioUi.tip(showPrevious, i18n, "studio.curves.previous.tip");
        showPrevious.setSelected(true);
        showPrevious.selectedProperty().addListener(o -> refresh());
        Button forget = StudioUi.button(i18n, "mdi2b-broom", "studio.curves.forget", "studio.curves.forget.tip");
        forget.getStyleClass().add("small");
        forget.setOnAction(e -> {
            curves.clearPrevious();
            refresh();
        });
        accuracy.model().setYRange(new double[] {0, 1});
        var charts = new HBox(8, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        loss.setMinSize(200, 160);
        accuracy.setMinSize(200, 160);
        loss.setPrefSize(400, 260);
        accuracy.setPrefSize(400, 260);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(new HBox(16, logScale, showPrevious, forget), charts);
        i18n.localeProperty().addListener(o -> refresh());
        refresh();
    }

    LineChartView lossChart() {
        return loss;
    }

    LineChartView accuracyChart() {
        return accuracy;
    }

    void setPalette(Palette p, double scale) {
        for (LineChartView v : List.of(loss, accuracy)) {
            v.paletteProperty().set(p);
            v.scaleProperty().set(scale);
        }
    }

    /** A sentence drawn under the curves (e.g. where training diverged), or "". */
    void setNote(String note) {
        this.note = note;
        showNote();
    }

    /** The explicit note, else a hint while there is nothing to draw. */
    private void showNote() {
        boolean empty = curves.current().isEmpty() && curves.previous().isEmpty();
        String text = !note.isEmpty() ? note : empty ? i18n.get("studio.curves.empty") : "";
        loss.noteProperty().set(text);
        accuracy.noteProperty().set(text);
    }

    /** Rebuilds the series lists (after a run starts, the ghost changes or the language changes) and redraws. */
    void refresh() {
        RunCurves.Run now = curves.current();
        RunCurves.Run before = curves.previous();
        boolean ghost = showPrevious.isSelected() && !before.isEmpty();
        String eval = i18n.get("studio.curves." + curves.evaluatedOn());
        List<Series> lossSeries = new ArrayList<>();
        lossSeries.add(Series.line(i18n.get("studio.curves.batchLoss"), 0, now.batchLoss));
        lossSeries.add(Series.line(i18n.get("studio.curves.trainLoss"), 1, now.trainLoss));
        lossSeries.add(Series.line(i18n.get("studio.curves.evalLoss", eval), 2, now.evalLoss));
        List<Series> accSeries = new ArrayList<>();
        accSeries.add(Series.line(i18n.get("studio.curves.trainAcc"), 1, now.trainAccuracy));
        accSeries.add(Series.line(i18n.get("studio.curves.evalAcc", eval), 2, now.evalAccuracy));
        if (ghost) {
            lossSeries.add(ghost("studio.curves.trainLoss", before, 1, before.trainLoss, eval));
            lossSeries.add(ghost("studio.curves.evalLoss", before, 2, before.evalLoss, eval));
            accSeries.add(ghost("studio.curves.trainAcc", before, 1, before.trainAccuracy, eval));
            accSeries.add(ghost("studio.curves.evalAcc", before, 2, before.evalAccuracy, eval));
        }
        loss.model().setSeries(lossSeries);
        accuracy.model().setSeries(accSeries);
        loss.model().setLabels(i18n.get("studio.curves.epoch"), i18n.get("studio.curves.loss"));
        accuracy.model().setLabels(i18n.get("studio.curves.epoch"), i18n.get("studio.curves.accuracy"));
        showNote();
        loss.refresh();
        accuracy.refresh();
    }

    private Series ghost(String key, RunCurves.Run run, int colour, PointList data, String eval) {
        return Series.points(i18n.get("studio.curves.ghost", i18n.get(key, eval), run.label), colour, data);
    }
}
