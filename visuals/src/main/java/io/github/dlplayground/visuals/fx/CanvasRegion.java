package io.github.dlplayground.visuals.fx;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A resizable Region that owns one Canvas and redraws it at most once per pulse: call
 * {@link #markDirty()} after any change; {@link #draw(GraphicsContext, double, double)} runs in the
 * next layout pass. FX thread only.
 */
public abstract class CanvasRegion extends Region {
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;

    protected CanvasRegion() {
        getChildren().add(canvas);
        widthProperty().addListener(o -> markDirty());
        heightProperty().addListener(o -> markDirty());
    }

    /** Asks for one redraw in the next pulse. */
    public final void markDirty() {
        dirty = true;
        requestLayout();
    }

    protected final Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty && w > 0 && h > 0) {
            dirty = false;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            draw(g, w, h);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    /** Draws the whole view; must not change the model. */
    protected abstract void draw(GraphicsContext g, double width, double height);
}
