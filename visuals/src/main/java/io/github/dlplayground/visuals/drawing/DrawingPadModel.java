package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.engine.digits.InkImage;

import java.util.ArrayList;
import java.util.List;

/**
 * What is drawn on the pad: a square float ink buffer (size × size, ink in [0, 1]) painted by round,
 * smoothed, antialiased strokes, with undo of whole strokes and of "clear". Coordinates are buffer pixels;
 * the view maps its canvas onto them, so the drawing keeps its resolution at any window size.
 * FX thread only; {@link #snapshot()} hands a copy to worker threads.
 */
public final class DrawingPadModel {
    /** Buffer side in pixels: 16 × 28, enough for a projector, small enough to preprocess in ~1 ms. */
    public static final int DEFAULT_SIZE = 448;
    public static final double MIN_RADIUS = 3;
    public static final double MAX_RADIUS = 48;
    public static final double DEFAULT_RADIUS = 14;

    /** A "clear" in the history; everything before it is hidden until it is undone. */
    private static final Object CLEAR = new Object();

    private final int size;
    private final float[] ink;
    private final Brush brush;
    private final List<Object> history = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Stroke current;
    private double brushRadius = DEFAULT_RADIUS;
    private boolean eraser;
    private long version;

    public DrawingPadModel() {
        this(DEFAULT_SIZE);
    }

    public DrawingPadModel(int size) {
        this.size = size;
        this.ink = new float[size * size];
        this.brush = new Brush(ink, size);
    }

    public int size() {
        return size;
    }

    /** The live buffer, row-major; read it, never write it. */
    public float[] ink() {
        return ink;
    }

    /** A copy of the drawing for other threads. */
    public InkImage snapshot() {
        return new InkImage(size, size, ink.clone());
    }

    /** Grows by one with every change of the ink. */
    public long version() {
        return version;
    }

    /** Runs after every change of the ink (FX thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public double brushRadius() {
        return brushRadius;
    }

    /** Radius of new strokes in buffer pixels, clamped to [MIN_RADIUS, MAX_RADIUS]. */
    public void setBrushRadius(double radius) {
        brushRadius = Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, radius));
    }

    public boolean eraser() {
        return eraser;
    }

    /** Whether new strokes erase. */
    public void setEraser(boolean eraser) {
        this.eraser = eraser;
    }

    /** Pen down at (x, y). {@code erase} erases for this stroke whatever the eraser setting says. */
    public void beginStroke(double x, double y, boolean erase) {
        endStroke();
        current = new Stroke(brushRadius, erase || eraser);
        current.start(x, y, brush);
        history.add(current);
        changed();
    }

    /** Pen moved to (x, y) while down. */
    public void extendStroke(double x, double y) {
        if (current != null && current.extend(x, y, brush)) {
            changed();
        }
    }

    /** Pen up. */
    public void endStroke() {
        if (current != null) {
            current.finish(brush);
            current = null;
            changed();
        }
    }

    public boolean isDrawing() {
        return current != null;
    }

    /** Removes all ink (undoable); does nothing when the pad is already blank. */
    public void clear() {
        endStroke();
        if (isBlank()) {
            return;
        }
        history.add(CLEAR);
        java.util.Arrays.fill(ink, 0f);
        changed();
    }

    public boolean canUndo() {
        return !history.isEmpty();
    }

    /** Takes back the last stroke or clear. */
    public void undo() {
        endStroke();
        if (history.isEmpty()) {
            return;
        }
        history.remove(history.size() - 1);
        repaint();
        changed();
    }

    /** True when no pixel holds ink. */
    public boolean isBlank() {
        for (float v : ink) {
            if (v > 0f) {
                return false;
            }
        }
        return true;
    }

    /** Number of strokes visible now (after the last clear). */
    public int visibleStrokeCount() {
        return history.size() - 1 - lastClear();
    }

    private int lastClear() {
        return history.lastIndexOf(CLEAR);
    }

    private void repaint() {
        java.util.Arrays.fill(ink, 0f);
        for (int i = lastClear() + 1; i < history.size(); i++) {
            ((Stroke) history.get(i)).replay(brush);
        }
    }

    private void changed() {
        version++;
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }
}
