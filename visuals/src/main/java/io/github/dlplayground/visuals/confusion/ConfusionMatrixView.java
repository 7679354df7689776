package io.github.dlplayground.visuals.confusion;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import javafx.beans.property.ObjectProperty;
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
public final class ConfusionMatrixView extends ThemedCanvasRegion {
    private final ObjectProperty<ConfusionData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixCell> selected = new SimpleObjectProperty<>();
    private final StringProperty trueTitle = new SimpleStringProperty("true");
    private final StringProperty predictedTitle = new SimpleStringProperty("predicted");
    private final StringProperty emptyText = new SimpleStringProperty("");

    public ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix-view");
        redrawOn(data, selected, trueTitle, predictedTitle, emptyText);
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
                : java.util.Optional.of(ConfusionMatrixLayout.of(d.size(), getWidth(), getHeight(), scale()));
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = fillBackground(g, width, height);
        ConfusionData d = data.get();
        if (d == null) {
            drawEmptyText(g, emptyText.get(), width, height);
            return;
        }
        ConfusionMatrixRenderer.draw(g, d, matrixLayout().orElseThrow(), selected.get(), trueTitle.get(),
                predictedTitle.get(), p);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360 * scale();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 340 * scale();
    }
}
