package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Mouse handling shared by the surface and curve views: drag pans the bounds, the wheel zooms about the
 * cursor, a click without a drag picks a point (in model coordinates) inside the plot. FX thread only.
 */
final class PanZoom {
    /** A press that moves less than this many pixels is a click. */
    static final double CLICK_SLOP = 4;
    /** Zoom factor per wheel notch. */
    static final double ZOOM_STEP = 1.2;

    private final ObjectProperty<Bounds> bounds;
    private final Supplier<Viewport> viewport;
    private final Supplier<BiConsumer<Double, Double>> onPick;
    private double pressX;
    private double pressY;
    private Bounds pressBounds;
    private Viewport pressViewport;
    private boolean dragging;

    PanZoom(Region region, ObjectProperty<Bounds> bounds, Supplier<Viewport> viewport,
            Supplier<BiConsumer<Double, Double>> onPick) {
        this.bounds = bounds;
        this.viewport = viewport;
        this.onPick = onPick;
        region.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        region.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        region.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        region.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressBounds = bounds.get();
        pressViewport = viewport.get();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (pressViewport == null || pressBounds == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        bounds.set(pressBounds.pan(-dx * pressViewport.unitsPerPixelX(), dy * pressViewport.unitsPerPixelY()));
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressViewport == null) {
            return;
        }
        Viewport v = pressViewport;
        pressViewport = null;
        if (!dragging && v.inside(e.getX(), e.getY()) && onPick.get() != null) {
            onPick.get().accept(v.x(e.getX()), v.y(e.getY()));
        }
        dragging = false;
    }

    private void scrolled(ScrollEvent e) {
        Viewport v = viewport.get();
        if (v == null || e.getDeltaY() == 0 || !v.inside(e.getX(), e.getY())) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP;
        zoom(v, v.x(e.getX()), v.y(e.getY()), factor);
        e.consume();
    }

    /** Zooms about a model point, keeping the width between 1e-6 and 1e7. */
    void zoom(Viewport v, double cx, double cy, double factor) {
        Bounds b = bounds.get();
        double w = b.width() * factor;
        if (w < 1e-6 || w > 1e7) {
            return;
        }
        bounds.set(b.zoom(cx, cy, factor));
    }
}
