package io.github.dlplayground.visuals.chart;

import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * A line chart on a canvas: the model holds the series, the properties hold how to show them (log y,
 * palette, text scale, a note under the curves). Call {@link #refresh()} after the data grows. FX thread only.
 */
public final class LineChartView extends ThemedCanvasRegion {
    private final LineChartModel model;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public LineChartView() {
        this(new LineChartModel());
    }

    public LineChartView(LineChartModel model) {
        this.model = model;
        getStyleClass().add("line-chart-view");
        logScale.addListener((o, was, now) -> {
            model.setLogY(logScale.get());
            markDirty();
        });
        redrawOn(note);
    }

    public LineChartModel model() {
        return model;
    }

    /** Redraws in the next pulse (after the series changed). */
    public void refresh() {
        markDirty();
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public StringProperty noteProperty() {
        return note;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        LineChartRenderer.draw(g, model, width, height, fillBackground(g, width, height), scale(), note.get());
    }
}
