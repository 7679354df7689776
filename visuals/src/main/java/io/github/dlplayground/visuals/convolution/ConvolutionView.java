package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

import java.util.Optional;

/**
 * The animator's canvas: draws the model at its current step. Click an input, kernel or bias cell to edit
 * its number in place; click an output cell to jump to the step that fills it. Properties: the palette
 * (light/dark) and the scale (1.5 in presenter mode). FX thread only.
 */
public final class ConvolutionView extends CanvasRegion {
    private final ConvolutionModel model;
    private final ConvTexts texts;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final CellEditor editor;
    private final Runnable onModelChange = this::markDirty;
    private ConvolutionLayout layout;

    public ConvolutionView(ConvolutionModel model, ConvTexts texts) {
        this.model = model;
        this.texts = texts;
        getStyleClass().add("convolution-view");
        editor = new CellEditor(model, texts);
        getChildren().add(editor.field());
        model.addListener(onModelChange);
        palette.addListener(o -> markDirty());
        scale.addListener(o -> markDirty());
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(clickableAt(e.getX(), e.getY()) ? Cursor.HAND
                : Cursor.DEFAULT));
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public ConvolutionModel model() {
        return model;
    }

    /** The geometry of the last drawing (recomputed for the current size and settings). */
    public ConvolutionLayout gridLayout() {
        return new ConvolutionLayout(model.settings(), getWidth(), getHeight(), scale.get());
    }

    /** The text drawn in output cell (o, i, j) now: the engine's value once its step is reached, else empty. */
    public String outputCellText(int o, int i, int j) {
        return ConvolutionRenderer.outputText(model, model.step(), o, i, j);
    }

    /** The cell editor, open or not. */
    public CellEditor editor() {
        return editor;
    }

    /** Stops listening to the model. */
    public void dispose() {
        model.removeListener(onModelChange);
        editor.cancel();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        layout = gridLayout();
        g.setFill(palette.get().background());
        g.fillRect(0, 0, width, height);
        ConvolutionRenderer.draw(g, model, model.step(), layout, palette.get(), texts);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        editor.place(layout == null ? gridLayout() : layout);
    }

    private void clicked(MouseEvent e) {
        Optional<CellRef> hit = gridLayout().hit(e.getX(), e.getY());
        if (hit.isEmpty()) {
            editor.commitOrCancel();
            return;
        }
        CellRef ref = hit.get();
        ConvSettings s = model.settings();
        if (ref.kind() == CellRef.Kind.OUTPUT) {
            editor.commitOrCancel();
            model.setStep((ref.channel() * s.outputH() + ref.row()) * s.outputW() + ref.col() + 1);
        } else if (editable(ref)) {
            editor.open(ref);
            requestLayout();
        }
    }

    private boolean clickableAt(double x, double y) {
        return gridLayout().hit(x, y).map(r -> r.kind() == CellRef.Kind.OUTPUT || editable(r)).orElse(false);
    }

    private boolean editable(CellRef ref) {
        return switch (ref.kind()) {
            case INPUT -> !model.isPadding(ref.row(), ref.col());
            case KERNEL, BIAS -> true;
            case OUTPUT -> false;
        };
    }
}
