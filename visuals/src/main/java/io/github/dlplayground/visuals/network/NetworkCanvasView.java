package io.github.dlplayground.visuals.network;

import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

/**
 * The network canvas. Click selects a block; dragging a block drops it into another gap (a {@link MoveLayer});
 * a palette item dragged here (a full press-drag-release gesture started by {@link LayerPaletteView}) is
 * inserted where it is released; Delete removes the selected block; Left/Right move the selection. Every
 * change goes through the {@link NetworkDesign}, so it can be undone. Preferred height follows the rows
 * (put it in a ScrollPane). FX thread only.
 */
public final class NetworkCanvasView extends CanvasRegion {
    private static final double DRAG_THRESHOLD = 5;

    private final NetworkDesign design;
    private final ObjectProperty<BlockTexts> texts = new SimpleObjectProperty<>(BlockTexts.english());
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final Runnable onDesignChange = this::designChanged;
    private final ObjectProperty<java.util.function.Function<BlockInfo, String>> problemText =
            new SimpleObjectProperty<>(BlockInfo::problem);
    private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();
    private int hovered = -2;
    private PaletteItem incoming;
    private int pressedIndex = -1;
    private Point2D pressedAt;
    private NetworkRenderer.DragPreview drag;

    public NetworkCanvasView(NetworkDesign design) {
        this.design = design;
        getStyleClass().add("network-canvas-view");
        setFocusTraversable(true);
        design.addListener(onDesignChange);
        texts.addListener(o -> markDirty());
        palette.addListener(o -> markDirty());
        scale.addListener(o -> designChanged());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(javafx.util.Duration.millis(300));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (incoming != null) {
                showDrag(new NetworkRenderer.DragPreview(layoutNow().gapAt(e.getX(), e.getY()), -1));
            }
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> showDrag(null));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
        addEventHandler(KeyEvent.KEY_PRESSED, this::handleKey);
    }

    public NetworkDesign design() {
        return design;
    }

    public ObjectProperty<BlockTexts> textsProperty() {
        return texts;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** How a block's problem reads in its tooltip (e.g. translated); the engine's sentence by default. */
    public ObjectProperty<java.util.function.Function<BlockInfo, String>> problemTextProperty() {
        return problemText;
    }

    /** The lines drawn on block {@code index}, e.g. ["8  Linear", "400 → 256", "→ 256", "102,656 params"]. */
    public java.util.List<String> blockLines(int index) {
        return NetworkRenderer.lines(design.block(index), texts.get());
    }

    /** What the tooltip says about block {@code index}: its lines, then its problem when it has one. */
    public String blockTooltip(int index) {
        BlockInfo b = design.block(index);
        String lines = String.join("\n", blockLines(index).stream().filter(l -> !l.isEmpty()).toList());
        return b.hasProblem() ? lines + "\n\n" + problemText.get().apply(b) : lines;
    }

    private void hover(MouseEvent e) {
        int index = layoutNow().layerAt(e.getX(), e.getY()).orElse(-2);
        setCursor(index >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (index == hovered) {
            return;
        }
        hovered = index;
        if (index >= 0) {
            tooltip.setText(blockTooltip(index));
            javafx.scene.control.Tooltip.install(this, tooltip);
        } else {
            javafx.scene.control.Tooltip.uninstall(this, tooltip);
        }
    }

    /** The geometry for the current width. */
    public NetworkLayout layoutNow() {
        return NetworkLayout.of(design.size(), getWidth() > 0 ? getWidth() : computePrefWidth(-1), scale.get());
    }

    /** Centre of layer {@code index}'s block (−1: the input block), in this view's coordinates. */
    public Point2D blockCentre(int index) {
        NetworkLayout l = layoutNow();
        return new Point2D(l.x(index + 1) + l.blockWidth() / 2, l.y(index + 1) + l.blockHeight() / 2);
    }

    /** A point inside gap {@code gap}: between the block before it and the one after it. */
    public Point2D gapPoint(int gap) {
        double[] m = layoutNow().gapMarker(gap);
        return new Point2D(m[0], (m[1] + m[2]) / 2);
    }

    /** Called by the palette when a drag of {@code item} starts; the next drag release over this canvas inserts it. */
    public void beginPaletteDrag(PaletteItem item) {
        incoming = item;
    }

    /** Called by the palette when its drag ends anywhere. */
    public void endPaletteDrag() {
        incoming = null;
        showDrag(null);
    }

    public void dispose() {
        design.removeListener(onDesignChange);
    }

    private void designChanged() {
        hovered = -2;
        BlockInfo selected = design.selected() >= 0 ? design.block(design.selected()) : null;
        setAccessibleText(selected == null ? null : blockTooltip(selected.index()));
        markDirty();
        requestParentLayout();
    }

    private void showDrag(NetworkRenderer.DragPreview d) {
        drag = d;
        markDirty();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        int index = layoutNow().layerAt(e.getX(), e.getY()).orElse(-1);
        design.select(index);
        pressedIndex = index;
        pressedAt = new Point2D(e.getX(), e.getY());
    }

    private void dragged(MouseEvent e) {
        if (pressedIndex < 0 || pressedAt.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
            return;
        }
        showDrag(new NetworkRenderer.DragPreview(layoutNow().gapAt(e.getX(), e.getY()), pressedIndex));
    }

    private void released(MouseEvent e) {
        if (drag != null && pressedIndex >= 0 && drag.movingIndex() == pressedIndex) {
            int from = pressedIndex;
            int gap = drag.gap();
            showDrag(null);
            design.moveToGap(from, gap);
        }
        pressedIndex = -1;
    }

    private void paletteDropped(MouseDragEvent e) {
        if (incoming == null) {
            return;
        }
        PaletteItem item = incoming;
        int gap = layoutNow().gapAt(e.getX(), e.getY());
        endPaletteDrag();
        design.insert(gap, item);
        requestFocus();
        e.consume();
    }

    /**
     * Delete / Backspace removes the selected block, Left / Right move the selection, Escape clears it; consumes
     * what it handles. Registered on the canvas; a container that takes the focus itself (a ScrollPane) can pass
     * its key presses here through an event filter.
     */
    public void handleKey(KeyEvent e) {
        int s = design.selected();
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && s >= 0) {
            design.delete(s);
            design.select(Math.min(s, design.size() - 1));
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT && s > 0) {
            design.select(s - 1);
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT && s + 1 < design.size()) {
            design.select(s + 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            design.select(-1);
            e.consume();
        }
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        NetworkRenderer.draw(g, design, layoutNow(), texts.get(), drag, scale.get(), p);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720 * scale.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return NetworkLayout.of(design.size(), w, scale.get()).height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
