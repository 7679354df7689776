package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;

import java.util.List;

/**
 * Inside the network: every layer's output for the current input as heat maps (viridis, dark = low,
 * yellow = high, scaled to each layer's own min…max), one small map per channel of a convolution or
 * pooling layer and a strip of cells for a vector. Its preferred height follows its content, so it sits
 * in a scroll pane. FX thread only.
 */
public final class ActivationsView extends CanvasRegion {
    private final ObjectProperty<List<LayerActivation>> activations = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final DoubleProperty fontSize = new SimpleDoubleProperty(12);
    private ActivationsLayout layout;

    public ActivationsView() {
        getStyleClass().add("activations");
        activations.addListener(o -> relayout());
        palette.addListener(o -> markDirty());
        fontSize.addListener(o -> relayout());
        widthProperty().addListener(o -> relayout());
    }

    public ObjectProperty<List<LayerActivation>> activationsProperty() {
        return activations;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Size of the layer titles (larger in presenter mode). */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    private void relayout() {
        layout = null;
        requestParentLayout();
        markDirty();
    }

    private ActivationsLayout layout(double width) {
        if (layout == null) {
            layout = new ActivationsLayout(activations.get(), Math.max(60, width), fontSize.get() * 1.8);
        }
        return layout;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return Math.max(40, layout(w).height());
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        List<LayerActivation> list = activations.get();
        ActivationsLayout geometry = layout(width);
        g.setFont(Font.font(fontSize.get()));
        g.setTextBaseline(VPos.TOP);
        g.setImageSmoothing(false);
        for (int l = 0; l < list.size(); l++) {
            LayerActivation a = list.get(l);
            ActivationsLayout.Placed placed = geometry.layers().get(l);
            g.setFill(p.foreground());
            g.fillText(a.title(), 0, placed.titleY() + fontSize.get() * 0.3);
            float[] range = a.range();
            for (ActivationsLayout.Tile tile : placed.tiles()) {
                if (tile.channel() < 0) {
                    drawStrip(g, a, range, tile, width, p);
                } else {
                    drawMap(g, a, range, tile, p);
                }
            }
        }
    }

    private static double normalise(float v, float[] range) {
        float span = range[1] - range[0];
        return span <= 0 ? 0 : (v - range[0]) / span;
    }

    private static void drawMap(GraphicsContext g, LayerActivation a, float[] range, ActivationsLayout.Tile tile,
                                Palette p) {
        int w = a.width();
        int h = a.height();
        int[] argb = new int[w * h];
        int offset = tile.channel() * w * h;
        for (int i = 0; i < argb.length; i++) {
            argb[i] = Viridis.argb(normalise(a.values()[offset + i], range));
        }
        var image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        g.drawImage(image, tile.x(), tile.y(), w * tile.scale(), h * tile.scale());
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeRect(tile.x() - 0.5, tile.y() - 0.5, w * tile.scale() + 1, h * tile.scale() + 1);
    }

    private static void drawStrip(GraphicsContext g, LayerActivation a, float[] range, ActivationsLayout.Tile tile,
                                  double width, Palette p) {
        double cell = tile.scale();
        int perRow = Math.max(1, (int) ((Math.max(60, width) + 1) / (cell + 1)));
        for (int i = 0; i < a.channels(); i++) {
            int argb = Viridis.argb(normalise(a.values()[i], range));
            g.setFill(javafx.scene.paint.Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff));
            g.fillRect((i % perRow) * (cell + 1), tile.y() + (i / perRow) * (cell + 1), cell, cell);
        }
    }
}
