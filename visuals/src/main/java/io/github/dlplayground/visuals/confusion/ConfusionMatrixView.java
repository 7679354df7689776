package io.github.dlplayground.visuals.confusion;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.heatmap.EmptyText;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * The confusion matrix heat map. Set {@link #dataProperty()} after each evaluation; a click on a cell sets
 * {@link #selectedProperty()} (listen to it to show the images of that true/predicted pair). Axis titles
 * come from the caller's language. FX thread only.
 */
public final class ConfusionMatrixView extends CanvasRegion {
    private final ObjectProperty<ConfusionData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixCell> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final StringProperty trueTitle = new SimpleStringProperty("true");
    private final StringProperty predictedTitle = new SimpleStringProperty("predicted");
    private final StringProperty emptyText = new SimpleStringProperty("");

    public ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix-view");
        for (var p : new javafx.beans.Observable[] {data, selected, palette, scale, trueTitle, predictedTitle,
                emptyText}) {
            p.addListener(o -> markDirty());
        }
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> matrixLayout().flatMap(l -> l.hit(e.getX(), e.getY()))
                .ifPresent(selected::set));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(matrixLayout().flatMap(l -> l.hit(e.getX(), e.getY()))
                .isPresent() ? Cursor.HAND : Cursor.DEFAULT));
    }

    public ObjectProperty<ConfusionData> dataProperty() {
        return data;
    }

    public ObjectProperty<MatrixCell> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public StringProperty trueTitleProperty() {
        return trueTitle;
    }

    public StringProperty predictedTitleProperty() {
        return predictedTitle;
    }

    /** Shown while there is no matrix yet. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** The geometry for the current size, when there is a matrix. */
    public java.util.Optional<ConfusionMatrixLayout> matrixLayout() {
        ConfusionData d = data.get();
        return d == null ? java.util.Optional.empty()
                : java.util.Optional.of(ConfusionMatrixLayout.of(d.size(), getWidth(), getHeight(), scale.get()));
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        ConfusionData d = data.get();
        if (d == null) {
            EmptyText.draw(g, emptyText.get(), width, height, scale.get(), p);
            return;
        }
        ConfusionMatrixRenderer.draw(g, d, matrixLayout().orElseThrow(), selected.get(), trueTitle.get(),
                predictedTitle.get(), p);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360 * scale.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 340 * scale.get();
    }
}
