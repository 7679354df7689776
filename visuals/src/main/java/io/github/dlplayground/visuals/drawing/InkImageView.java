package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.engine.digits.InkImage;
import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;

/**
 * A small picture of an {@link InkImage}, as large as fits keeping square pixels (sharp pixels for small
 * images such as 28×28, smoothed for large drawings), with an optional overlay drawn on top in image
 * coordinates, and the pixel under the pointer as {@link #hoveredPixelProperty()}. FX thread only.
 */
public final class InkImageView extends CanvasRegion {
    /** Draws over the image; image pixel (x, y) has its top-left corner at (left + x·scale, top + y·scale). */
    @FunctionalInterface
    public interface Overlay {
        void draw(GraphicsContext g, double left, double top, double scale, Palette palette);
    }

    private final ObjectProperty<InkImage> image = new SimpleObjectProperty<>();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PixelProbe> hoveredPixel = new ReadOnlyObjectWrapper<>();
    private final double preferredSide;
    private WritableImage picture;
    private int[] pixels;

    public InkImageView(double preferredSide) {
        this.preferredSide = preferredSide;
        getStyleClass().add("ink-image");
        image.addListener(o -> {
            markDirty();
            probe(Double.NaN, Double.NaN);
        });
        palette.addListener(o -> markDirty());
        overlay.addListener(o -> markDirty());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> probe(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoveredPixel.set(null));
    }

    public ObjectProperty<InkImage> imageProperty() {
        return image;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    /** The image pixel under the pointer, or null. */
    public ReadOnlyObjectProperty<PixelProbe> hoveredPixelProperty() {
        return hoveredPixel.getReadOnlyProperty();
    }

    /** Updates the probe for the pointer at view point (x, y); NaN keeps the last position's pixel. */
    public void probe(double x, double y) {
        InkImage img = image.get();
        if (img == null) {
            hoveredPixel.set(null);
            return;
        }
        PixelProbe last = hoveredPixel.get();
        int px;
        int py;
        if (Double.isNaN(x)) {
            if (last == null) {
                return;
            }
            px = last.x();
            py = last.y();
        } else {
            double s = scale(img);
            px = (int) Math.floor((x - left(img, s)) / s);
            py = (int) Math.floor((y - top(img, s)) / s);
        }
        boolean inside = px >= 0 && py >= 0 && px < img.width() && py < img.height();
        hoveredPixel.set(inside ? new PixelProbe(px, py, img.at(px, py)) : null);
    }

    /** View pixels per image pixel, leaving one pixel all round for the frame. */
    private double scale(InkImage img) {
        return Math.max(0, Math.min((getWidth() - 2) / img.width(), (getHeight() - 2) / img.height()));
    }

    private double left(InkImage img, double s) {
        return (getWidth() - img.width() * s) / 2;
    }

    private double top(InkImage img, double s) {
        return (getHeight() - img.height() * s) / 2;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.min(48, preferredSide);
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(48, preferredSide);
    }

    @Override
    protected double computePrefWidth(double height) {
        return preferredSide;
    }

    @Override
    protected double computePrefHeight(double width) {
        return preferredSide;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        InkImage img = image.get();
        Palette p = palette.get();
        if (img == null) {
            return;
        }
        upload(img, new InkColours(p));
        double s = scale(img);
        double left = left(img, s);
        double top = top(img, s);
        g.setImageSmoothing(s < 1);
        g.drawImage(picture, left, top, img.width() * s, img.height() * s);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeRect(left - 0.5, top - 0.5, img.width() * s + 1, img.height() * s + 1);
        if (overlay.get() != null) {
            overlay.get().draw(g, left, top, s, p);
        }
    }

    private void upload(InkImage img, InkColours colours) {
        int w = img.width();
        int h = img.height();
        if (picture == null || picture.getWidth() != w || picture.getHeight() != h) {
            picture = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        float[] ink = img.ink();
        for (int i = 0; i < ink.length; i++) {
            pixels[i] = colours.argb(ink[i]);
        }
        picture.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
    }
}
