package io.github.dlplayground.visuals.layerstats;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.heatmap.EmptyText;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * Shows a {@link LayerStatsHistory}: redraws when a snapshot arrives. Add snapshots on the FX thread
 * (through a mailbox from the training thread). FX thread only.
 */
public final class LayerStatsView extends CanvasRegion {
    private final LayerStatsHistory history;
    private final ObjectProperty<LayerStatsTexts> texts = new SimpleObjectProperty<>(LayerStatsTexts.english());
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final Runnable onChange = this::markDirty;

    public LayerStatsView(LayerStatsHistory history) {
        this.history = history;
        getStyleClass().add("layer-stats-view");
        history.addListener(onChange);
        texts.addListener(o -> markDirty());
        palette.addListener(o -> markDirty());
        scale.addListener(o -> markDirty());
    }

    public LayerStatsHistory history() {
        return history;
    }

    public ObjectProperty<LayerStatsTexts> textsProperty() {
        return texts;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public void dispose() {
        history.removeListener(onChange);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        if (history.isEmpty()) {
            EmptyText.draw(g, texts.get().empty(), width, height, scale.get(), p);
            return;
        }
        LayerStatsRenderer.draw(g, history, texts.get(), width, height, scale.get(), p);
    }

    @Override
    protected double computePrefHeight(double width) {
        int layers = history.isEmpty() ? 6 : history.latest().layers().size();
        return (11 * 3 + layers * 11 * 2.2 + 8) * scale.get();
    }
}
