package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surface;
import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A 1D function f(x) with the optimizers' points rolling down it and the tangent at each; drag pans, the
 * wheel zooms, a click calls {@link #onPickProperty()} with (x, f(x)). FX thread only.
 */
public final class CurveView extends CanvasRegion {
    private final ObjectProperty<Surface> curve = new SimpleObjectProperty<>(this, "curve");
    private final ObjectProperty<Bounds> bounds = new SimpleObjectProperty<>(this, "bounds", new Bounds(-1, 1, -1, 1));
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "x");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "f(x)");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ObjectProperty<BiConsumer<Double, Double>> onPick = new SimpleObjectProperty<>(this, "onPick");
    private Supplier<List<? extends Trail>> trails = List::of;
    private double startX;

    public CurveView() {
        getStyleClass().add("curve-view");
        for (var p : List.of(curve, bounds, palette, scale, xLabel, yLabel, selected)) {
            p.addListener((o, was, now) -> markDirty());
        }
        new PanZoom(this, bounds, this::viewport, onPick::get);
    }

    public Viewport viewport() {
        return CurveRenderer.viewport(bounds.get(), getWidth(), getHeight(), scale.get());
    }

    public void setTrails(Supplier<List<? extends Trail>> trails) {
        this.trails = trails;
        markDirty();
    }

    public void setStart(double x) {
        startX = x;
        markDirty();
    }

    public void refresh() {
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        CurveRenderer.draw(g, viewport(), curve.get(), trails.get(), startX, selected.get(), palette.get(),
                scale.get(), xLabel.get(), yLabel.get());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 460;
    }

    public ObjectProperty<Surface> curveProperty() {
        return curve;
    }

    public ObjectProperty<Bounds> boundsProperty() {
        return bounds;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<BiConsumer<Double, Double>> onPickProperty() {
        return onPick;
    }
}
