package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What the curve and surface views share: the model rectangle on show (drag pans it, the wheel zooms), the
 * axis labels, the optimizer paths read on every redraw with one of them drawn thicker, and a click that
 * picks a model point. The subclass says how model and pixels map ({@link #viewport()}) and what a change
 * redraws. FX thread only.
 */
public abstract class PlotRegion extends ThemedCanvasRegion {
    private final ObjectProperty<Bounds> bounds = new SimpleObjectProperty<>(this, "bounds", new Bounds(-1, 1, -1, 1));
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "x");
    private final StringProperty yLabel;
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ObjectProperty<BiConsumer<Double, Double>> onPick = new SimpleObjectProperty<>(this, "onPick");
    private Supplier<List<? extends Trail>> trails = List::of;

    /** @param yLabel the label of the vertical axis until one is set */
    protected PlotRegion(String yLabel) {
        this.yLabel = new SimpleStringProperty(this, "yLabel", yLabel);
        new PanZoom(this, bounds, this::viewport, onPick::get);
    }

    /** The current mapping between model and pixels. */
    public abstract Viewport viewport();

    /** Where the paths come from; read on every redraw. */
    public void setTrails(Supplier<List<? extends Trail>> trails) {
        this.trails = trails;
        markDirty();
    }

    /** The paths to draw now. */
    protected final List<? extends Trail> trails() {
        return trails.get();
    }

    /** Redraws in the next pulse (after the paths advanced). */
    public void refresh() {
        markDirty();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 460;
    }

    public ObjectProperty<Bounds> boundsProperty() {
        return bounds;
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** Colour index of the trail drawn thicker (−1: none). */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Called with the model point of a click inside the plot (not after a drag). */
    public ObjectProperty<BiConsumer<Double, Double>> onPickProperty() {
        return onPick;
    }
}
