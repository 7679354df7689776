package io.github.dlplayground.visuals.gallery;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import io.github.dlplayground.visuals.heatmap.HeatGrid;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * A grid of test images, each with "predicted name  97%" under it and, when wrong, a red frame and the true
 * name on a second line. Its preferred height follows the number of items, so put it in a ScrollPane. A click
 * sets {@link #selectedProperty()}. FX thread only.
 */
public final class GalleryView extends ThemedCanvasRegion {
    private final ObservableList<GalleryItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<List<String>> classNames = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<GalleryItem> selected = new SimpleObjectProperty<>();
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final StringProperty truePrefix = new SimpleStringProperty("true: ");

    public GalleryView() {
        getStyleClass().add("gallery-view");
        items.addListener((javafx.collections.ListChangeListener<GalleryItem>) c -> changed());
        for (var p : new javafx.beans.Observable[] {classNames, selected, scaleProperty(), emptyText, truePrefix}) {
            p.addListener(o -> changed());
        }
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> layoutFor().hit(e.getX(), e.getY(), items.size())
                .ifPresent(i -> selected.set(items.get(i))));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(layoutFor().hit(e.getX(), e.getY(), items.size())
                .isPresent() ? Cursor.HAND : Cursor.DEFAULT));
    }

    private void changed() {
        markDirty();
        requestParentLayout();
    }

    public ObservableList<GalleryItem> items() {
        return items;
    }

    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    public ObjectProperty<GalleryItem> selectedProperty() {
        return selected;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Written before the true class name under a wrong prediction, e.g. "true: ". */
    public StringProperty truePrefixProperty() {
        return truePrefix;
    }

    public GalleryLayout layoutFor() {
        return GalleryLayout.of(getWidth(), scale());
    }

    /** The caption under an item, as drawn: "Trouser 97%". */
    public String caption(GalleryItem item) {
        return name(item.predicted()) + String.format(" %.0f%%", 100 * item.probability());
    }

    private String name(int label) {
        List<String> names = classNames.get();
        return label < names.size() ? names.get(label) : Integer.toString(label);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = fillBackground(g, width, height);
        if (items.isEmpty()) {
            drawEmptyText(g, emptyText.get(), width, Math.min(height, 80 * scale()));
            return;
        }
        GalleryLayout l = layoutFor();
        double font = 10.5 * scale();
        g.setFont(Font.font(font));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < items.size(); i++) {
            GalleryItem item = items.get(i);
            double x = l.x(i);
            double y = l.y(i);
            HeatGrid.drawGrey(g, item.pixels(), 0, item.rows(), item.cols(), !isDark(p), x, y, l.image(), l.image());
            double frame = (item.correct() ? 1 : 3) * scale();
            g.setLineWidth(frame);
            g.setStroke(item.correct() ? p.grid() : p.danger());
            g.strokeRect(x - frame / 2, y - frame / 2, l.image() + frame, l.image() + frame);
            if (item == selected.get()) {
                g.setStroke(p.accent());
                g.setLineWidth(2 * scale());
                g.strokeRect(x - 5 * scale(), y - 5 * scale(), l.image() + 10 * scale(),
                        l.image() + l.captionHeight() + 6 * scale());
            }
            double cx = x + l.image() / 2;
            g.setFill(item.correct() ? p.foreground() : p.danger());
            g.fillText(caption(item), cx, y + l.image() + 3 * scale(), l.tile() - 2);
            if (!item.correct()) {
                g.setFill(p.muted());
                g.fillText(truePrefix.get() + name(item.trueLabel()), cx, y + l.image() + 4 * scale() + font * 1.2,
                        l.tile() - 2);
            }
        }
    }

    private static boolean isDark(Palette p) {
        return p.background().getBrightness() < 0.5;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420 * scale();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return items.isEmpty() ? 80 * scale() : GalleryLayout.of(w, scale()).height(items.size());
    }
}
