package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One horizontal bar per class: its name, a bar as long as its probability and the percentage; the most
 * probable class in the accent colour. Made of labels so the numbers are real text (readable, selectable
 * by tests and screen readers). Null probabilities show empty bars. FX thread only.
 */
public final class ProbabilityBarsView extends GridPane {
    private final ObjectProperty<float[]> probabilities = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> classNames = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final List<Row> rows = new ArrayList<>();

    public ProbabilityBarsView() {
        getStyleClass().add("probability-bars");
        setHgap(8);
        setVgap(2);
        var nameColumn = new ColumnConstraints();
        nameColumn.setMinWidth(Region.USE_PREF_SIZE);
        var barColumn = new ColumnConstraints();
        barColumn.setHgrow(Priority.ALWAYS);
        barColumn.setMinWidth(80);
        var valueColumn = new ColumnConstraints();
        valueColumn.setHalignment(HPos.RIGHT);
        valueColumn.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(nameColumn, barColumn, valueColumn);
        classNames.addListener(o -> rebuild());
        probabilities.addListener(o -> refresh());
        palette.addListener(o -> refresh());
    }

    public ObjectProperty<float[]> probabilitiesProperty() {
        return probabilities;
    }

    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The bar lengths shown now, as fractions of the full length (for tests). */
    public double barValue(int index) {
        return rows.get(index).bar.value;
    }

    /** The percentage text shown for a class, e.g. "97.3 %" or "–". */
    public String valueText(int index) {
        return rows.get(index).value.getText();
    }

    private void rebuild() {
        getChildren().clear();
        rows.clear();
        List<String> names = classNames.get();
        for (int i = 0; i < names.size(); i++) {
            var row = new Row(names.get(i));
            rows.add(row);
            addRow(i, row.name, row.bar, row.value);
        }
        refresh();
    }

    private void refresh() {
        float[] p = probabilities.get();
        int[] ranked = ProbabilityRanking.top(p, 1);
        int top = ranked.length > 0 ? ranked[0] : -1;
        Palette colours = palette.get();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean known = p != null && i < p.length;
            row.bar.setValue(known ? p[i] : 0);
            row.bar.setColours(i == top ? colours.accent() : colours.muted(), colours.grid());
            row.value.setText(known ? String.format(Locale.ROOT, "%.1f %%", 100 * p[i]) : "–");
            row.name.setStyle(i == top ? "-fx-font-weight: bold;" : "");
            row.value.setStyle(i == top ? "-fx-font-weight: bold;" : "");
        }
    }

    private static final class Row {
        final Label name;
        final Bar bar = new Bar();
        final Label value = new Label("–");

        Row(String className) {
            name = new Label(className);
            value.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** A track with a filled part as long as the value (0…1). */
    private static final class Bar extends Region {
        private final Region fill = new Region();
        private double value;

        Bar() {
            getChildren().add(fill);
            setMinHeight(12);
            setPrefHeight(16);
            setPadding(Insets.EMPTY);
        }

        void setValue(double value) {
            this.value = Math.max(0, Math.min(1, value));
            requestLayout();
        }

        void setColours(Color fillColour, Color trackColour) {
            fill.setBackground(new Background(new BackgroundFill(fillColour, new CornerRadii(3), Insets.EMPTY)));
            setBackground(new Background(new BackgroundFill(trackColour.deriveColor(0, 1, 1, 0.5),
                    new CornerRadii(3), Insets.EMPTY)));
        }

        @Override
        protected void layoutChildren() {
            fill.resizeRelocate(0, 0, snapSizeX(getWidth() * value), getHeight());
        }
    }
}
