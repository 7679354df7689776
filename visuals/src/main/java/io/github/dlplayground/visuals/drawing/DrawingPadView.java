package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The pad you draw on: shows a {@link DrawingPadModel}'s ink buffer as a square, as large as the region
 * allows, and turns mouse, touch and pen drags into strokes (primary button draws, secondary erases).
 * Touch screens and pens arrive as synthesized mouse events. FX thread only.
 */
public final class DrawingPadView extends CanvasRegion {
    private final DrawingPadModel model;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final DoubleProperty strokeScale = new SimpleDoubleProperty(1);
    private final WritableImage image;
    private final int[] pixels;
    private InkColours colours = new InkColours(Palette.light());
    private long shownVersion = -1;
    private double hoverX = Double.NaN;
    private double hoverY;

    public DrawingPadView(DrawingPadModel model) {
        this.model = model;
        int n = model.size();
        image = new WritableImage(n, n);
        pixels = new int[n * n];
        getStyleClass().add("drawing-pad");
        setFocusTraversable(true);
        model.addListener(this::markDirty);
        palette.addListener((o, a, p) -> {
            colours = new InkColours(p);
            shownVersion = -1;
            markDirty();
        });
        strokeScale.addListener(o -> markDirty());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.endStroke());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = Double.NaN;
            markDirty();
        });
    }

    public DrawingPadModel model() {
        return model;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Line widths of the frame and cursor (1.5 in presenter mode). */
    public DoubleProperty strokeScaleProperty() {
        return strokeScale;
    }

    /** Side of the drawn square in view pixels. */
    public double padSide() {
        return Math.max(0, Math.min(getWidth(), getHeight()) - 2);
    }

    /** Converts a view x coordinate to buffer pixels. */
    public double toModelX(double x) {
        return (x - originX()) * model.size() / padSide();
    }

    public double toModelY(double y) {
        return (y - originY()) * model.size() / padSide();
    }

    private double originX() {
        return (getWidth() - padSide()) / 2;
    }

    private double originY() {
        return (getHeight() - padSide()) / 2;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY) {
            model.beginStroke(toModelX(e.getX()), toModelY(e.getY()), e.getButton() == MouseButton.SECONDARY);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        model.extendStroke(toModelX(e.getX()), toModelY(e.getY()));
        hover(e);
        e.consume();
    }

    private void hover(MouseEvent e) {
        hoverX = e.getX();
        hoverY = e.getY();
        markDirty();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 448;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 448;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        if (shownVersion != model.version()) {
            upload();
        }
        double side = padSide();
        double x0 = originX();
        double y0 = originY();
        g.setImageSmoothing(true);
        g.drawImage(image, x0, y0, side, side);
        g.setStroke(p.grid());
        g.setLineWidth(strokeScale.get());
        g.strokeRect(x0 - 0.5, y0 - 0.5, side + 1, side + 1);
        if (!Double.isNaN(hoverX)) {
            double r = model.brushRadius() * side / model.size();
            g.setStroke(model.eraser() ? p.danger() : p.accent());
            g.strokeOval(hoverX - r, hoverY - r, 2 * r, 2 * r);
        }
    }

    private void upload() {
        float[] ink = model.ink();
        for (int i = 0; i < ink.length; i++) {
            pixels[i] = colours.argb(ink[i]);
        }
        int n = model.size();
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
        shownVersion = model.version();
    }
}
