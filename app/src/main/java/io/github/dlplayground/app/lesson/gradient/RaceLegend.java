package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.surface.RaceModel;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per racing optimizer: colour, name, step, current f and "diverged" where it stopped. Clicking a
 * row selects that optimizer (thicker path, its quantities in the details). FX thread only.
 */
final class RaceLegend extends GridPane {
    private final I18n i18n;
    private final RaceModel model;
    private final ObservableValue<Palette> palette;
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final List<Row> rows = new ArrayList<>();

    private record Row(RaceModel.Racer racer, Label name, Label step, Label f, Label status) {
    }

    RaceLegend(I18n i18n, RaceModel model, ObservableValue<Palette> palette) {
        this.i18n = i18n;
        this.model = model;
        this.palette = palette;
        setHgap(10);
        setVgap(4);
        getStyleClass().add("race-legend");
        selected.addListener((o, was, now) -> update());
        rebuild();
    }

    /** The kind whose row is selected (null: none). */
    StringProperty selectedProperty() {
        return selected;
    }

    /** Builds the rows again (after the set of racers changed). */
    void rebuild() {
        getChildren().clear();
        rows.clear();
        int r = 0;
        for (RaceModel.Racer racer : model.enabledRacers()) {
            var swatch = new Circle(6);
            swatch.fillProperty().bind(palette.map(p -> p.series(racer.colorIndex())));
            var name = new Label();
            name.textProperty().bind(i18n.bind("gradient.optimizer." + racer.kind()));
            var row = new Row(racer, name, new Label(), new Label(), new Label());
            name.setMinWidth(40);
            for (Label l : List.of(row.step(), row.f(), row.status())) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            row.status().getStyleClass().add("danger");
            row.step().getStyleClass().add("text-muted");
            var tip = new Tooltip();
            tip.textProperty().bind(i18n.bind("gradient.legend.tooltip"));
            for (var node : List.of(swatch, name, row.step(), row.f(), row.status())) {
                node.setOnMouseClicked(e -> selected.set(racer.kind()));
                node.setCursor(javafx.scene.Cursor.HAND);
                if (node instanceof Label l) {
                    l.setTooltip(tip);
                }
            }
            addRow(r++, swatch, name, row.step(), row.f(), row.status());
            rows.add(row);
        }
        update();
    }

    /** Refreshes the numbers. */
    void update() {
        for (Row row : rows) {
            RaceModel.Racer racer = row.racer();
            if (racer.descent() == null) {
                continue;
            }
            int steps = racer.descent().steps();
            row.step().setText(i18n.get("gradient.legend.step", steps));
            row.f().setText(i18n.get("gradient.legend.f", NumberControl.format(racer.descent().f(), 4)));
            row.status().setText(racer.diverged() ? i18n.get("gradient.legend.diverged") : "");
            boolean isSelected = racer.kind().equals(selected.get());
            row.name().setStyle(isSelected ? "-fx-font-weight: bold;" : "");
        }
    }

    /** The visible texts of the rows, for tests: name, step, f, status. */
    List<List<String>> texts() {
        return rows.stream().map(r -> List.of(r.name().getText(), r.step().getText(), r.f().getText(),
                r.status().getText())).toList();
    }
}
