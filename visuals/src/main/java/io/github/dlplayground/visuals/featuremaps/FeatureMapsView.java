package io.github.dlplayground.visuals.featuremaps;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import io.github.dlplayground.visuals.heatmap.ColorMap;
import io.github.dlplayground.visuals.heatmap.HeatGrid;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Sections of small heat maps stacked top to bottom, each with its title; tiles are square cells of up to
 * {@code 56·scale} pixels, smaller when a section's columns need it. Its preferred height follows the
 * content (put it in a ScrollPane). FX thread only.
 */
public final class FeatureMapsView extends ThemedCanvasRegion {
    private final ObjectProperty<List<TileSection>> sections = new SimpleObjectProperty<>(List.of());
    private final StringProperty emptyText = new SimpleStringProperty("");

    public FeatureMapsView() {
        getStyleClass().add("feature-maps-view");
        redrawOn(sections, emptyText);
        // the preferred height follows the sections and the scale
        for (var p : new javafx.beans.Observable[] {sections, scaleProperty(), emptyText}) {
            p.addListener(o -> requestParentLayout());
        }
    }

    public ObjectProperty<List<TileSection>> sectionsProperty() {
        return sections;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Side of one tile in a section for a width. */
    double tileSize(TileSection s, double width) {
        double gap = 4 * scale();
        double fit = (width - 16 - gap * (s.columns() - 1)) / s.columns();
        return Math.max(6, Math.min(56 * scale(), fit));
    }

    private double titleHeight() {
        return 22 * scale();
    }

    private double contentHeight(double width) {
        double h = 8;
        for (TileSection s : sections.get()) {
            h += titleHeight() + s.rows() * (tileSize(s, width) + 4 * scale()) + 8 * scale();
        }
        return h;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = fillBackground(g, width, height);
        if (sections.get().isEmpty()) {
            drawEmptyText(g, emptyText.get(), width, Math.min(height, 80 * scale()));
            return;
        }
        g.setFont(Font.font(11 * scale()));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double y = 8;
        double gap = 4 * scale();
        for (TileSection s : sections.get()) {
            g.setFill(p.foreground());
            g.fillText(s.title(), 8, y + titleHeight() / 2, width - 16);
            y += titleHeight();
            double size = tileSize(s, width);
            double[] range = s.range();
            ColorMap map = s.signed() ? ColorMap.DIVERGING : ColorMap.VIRIDIS;
            for (int i = 0; i < s.tiles().size(); i++) {
                Tile t = s.tiles().get(i);
                double x = 8 + (i % s.columns()) * (size + gap);
                double ty = y + (i / s.columns()) * (size + gap);
                double tw = t.cols() >= t.rows() ? size : size * t.cols() / t.rows();
                double th = t.rows() >= t.cols() ? size : size * t.rows() / t.cols();
                if (s.scale() == TileSection.Scale.GREY) {
                    HeatGrid.drawGrey(g, t.values(), 0, t.rows(), t.cols(), p.background().getBrightness() >= 0.5,
                            x, ty, tw, th);
                } else {
                    HeatGrid.draw(g, t.values(), 0, t.rows(), t.cols(), range[0], range[1], map, x, ty, tw, th);
                }
            }
            y += s.rows() * (size + gap) + 8 * scale();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420 * scale();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return sections.get().isEmpty() ? 80 * scale() : contentHeight(w);
    }
}
