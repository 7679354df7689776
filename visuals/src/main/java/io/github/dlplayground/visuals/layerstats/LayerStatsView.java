package io.github.dlplayground.visuals.layerstats;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * Shows a {@link LayerStatsHistory}: redraws when a snapshot arrives. Add snapshots on the FX thread
 * (through a mailbox from the training thread). FX thread only.
 */
public final class LayerStatsView extends ThemedCanvasRegion {
    private final LayerStatsHistory history;
    private final ObjectProperty<LayerStatsTexts> texts = new SimpleObjectProperty<>(LayerStatsTexts.english());
    private final Runnable onChange = this::markDirty;

    public LayerStatsView(LayerStatsHistory history) {
        this.history = history;
        getStyleClass().add("layer-stats-view");
        history.addListener(onChange);
        redrawOn(texts);
    }

    public LayerStatsHistory history() {
        return history;
    }

    public ObjectProperty<LayerStatsTexts> textsProperty() {
        return texts;
    }

    public void dispose() {
        history.removeListener(onChange);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = fillBackground(g, width, height);
        if (history.isEmpty()) {
            drawEmptyText(g, texts.get().empty(), width, height);
            return;
        }
        LayerStatsRenderer.draw(g, history, texts.get(), width, height, scale(), p);
    }

    @Override
    protected double computePrefHeight(double width) {
        int layers = history.isEmpty() ? 6 : history.latest().layers().size();
        return (11 * 3 + layers * 11 * 2.2 + 8) * scale();
    }
}
