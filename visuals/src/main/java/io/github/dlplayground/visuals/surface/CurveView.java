package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Surface;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * A 1D function f(x) with the optimizers' points rolling down it and the tangent at each; drag pans, the
 * wheel zooms, a click calls {@link #onPickProperty()} with (x, f(x)). FX thread only.
 */
public final class CurveView extends PlotRegion {
    private final ObjectProperty<Surface> curve = new SimpleObjectProperty<>(this, "curve");
    private double startX;

    public CurveView() {
        super("f(x)");
        getStyleClass().add("curve-view");
        redrawOn(curve, boundsProperty(), xLabelProperty(), yLabelProperty(), selectedProperty());
    }

    @Override
    public Viewport viewport() {
        return CurveRenderer.viewport(boundsProperty().get(), getWidth(), getHeight(), scale());
    }

    public void setStart(double x) {
        startX = x;
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        CurveRenderer.draw(g, viewport(), curve.get(), trails(), startX, selectedProperty().get(), palette(),
                scale(), xLabelProperty().get(), yLabelProperty().get());
    }

    public ObjectProperty<Surface> curveProperty() {
        return curve;
    }
}
