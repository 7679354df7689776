package io.github.dlplayground.visuals.fx;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link CanvasRegion} drawn in the colours of a {@link Palette} with text and strokes multiplied by a
 * scale (1.5 in presenter mode); a change of either redraws it, as does any property given to
 * {@link #redrawOn}. FX thread only.
 */
public abstract class ThemedCanvasRegion extends CanvasRegion {
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);

    protected ThemedCanvasRegion() {
        redrawOn(palette, scale);
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Factor for text sizes and line widths (1 normally, 1.5 in presenter mode). */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    protected final Palette palette() {
        return palette.get();
    }

    protected final double scale() {
        return scale.get();
    }

    /** Redraws in the next pulse whenever one of {@code dependencies} changes. */
    protected final void redrawOn(Observable... dependencies) {
        for (Observable o : dependencies) {
            o.addListener(changed -> markDirty());
        }
    }

    /** Fills the whole view with the palette's background and returns the palette to draw the rest with. */
    protected final Palette fillBackground(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        return p;
    }

    /** The muted sentence, centred in width × height, of a view with nothing to show yet ("Train to see …"). */
    protected final void drawEmptyText(GraphicsContext g, String text, double width, double height) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFill(palette.get().muted());
        g.setFont(Font.font(12 * scale.get()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, width / 2, height / 2, Math.max(10, width - 16));
    }
}
