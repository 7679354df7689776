package io.github.dlplayground.visuals.chart;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * A line chart on a canvas: the model holds the series, the properties hold how to show them (log y,
 * palette, text scale, a note under the curves). Call {@link #refresh()} after the data grows. FX thread only.
 */
public final class LineChartView extends CanvasRegion {
    private final LineChartModel model;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
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
        palette.addListener((o, was, now) -> markDirty());
        scale.addListener((o, was, now) -> markDirty());
        note.addListener((o, was, now) -> markDirty());
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

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public StringProperty noteProperty() {
        return note;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        LineChartRenderer.draw(g, model, width, height, p, scale.get(), note.get());
    }
}
