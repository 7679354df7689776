package io.github.dlplayground.visuals.drawing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrawingPadModelTest {
    private static void line(DrawingPadModel pad, double x0, double y0, double x1, double y1) {
        pad.beginStroke(x0, y0, false);
        for (int k = 1; k <= 20; k++) {
            pad.extendStroke(x0 + (x1 - x0) * k / 20, y0 + (y1 - y0) * k / 20);
        }
        pad.endStroke();
    }

    private static float at(DrawingPadModel pad, int x, int y) {
        return pad.ink()[y * pad.size() + x];
    }

    @Test
    void strokeLaysFullInkOnItsPathAndSoftEdges() {
        var pad = new DrawingPadModel(100);
        pad.setBrushRadius(5);

        line(pad, 20, 50.5, 80, 50.5);

        assertThat(at(pad, 50, 50)).isEqualTo(1f);
        assertThat(at(pad, 20, 50)).isEqualTo(1f);
        assertThat(at(pad, 50, 44)).isZero();
        // the pixel whose centre is 5 px from the line is half covered: antialiased
        assertThat(at(pad, 50, 45)).isEqualTo(0.5f);
        assertThat(at(pad, 50, 55)).isEqualTo(0.5f);
        assertThat(pad.isBlank()).isFalse();
        assertThat(pad.visibleStrokeCount()).isEqualTo(1);
    }

    @Test
    void smoothedCornerStaysNearTheDrawnPolyline() {
        var pad = new DrawingPadModel(100);
        pad.setBrushRadius(3);
        pad.beginStroke(10, 10, false);
        pad.extendStroke(50, 10);
        pad.extendStroke(50, 50);
        pad.endStroke();

        // ends are exact; the corner is rounded off, so its very tip stays blank
        assertThat(at(pad, 10, 10)).isEqualTo(1f);
        assertThat(at(pad, 50, 50)).isEqualTo(1f);
        assertThat(at(pad, 50, 10)).isZero();
        assertThat(at(pad, 40, 12)).isPositive();
    }

    @Test
    void undoTakesBackExactlyTheLastStroke() {
        var pad = new DrawingPadModel(100);
        line(pad, 10, 10, 90, 30);
        float[] afterFirst = pad.ink().clone();

        line(pad, 10, 80, 90, 20);
        pad.undo();

        assertThat(pad.ink()).containsExactly(afterFirst);
        pad.undo();
        assertThat(pad.isBlank()).isTrue();
        assertThat(pad.canUndo()).isFalse();
    }

    @Test
    void clearIsUndoable() {
        var pad = new DrawingPadModel(100);
        line(pad, 10, 10, 90, 90);
        float[] drawn = pad.ink().clone();

        pad.clear();
        assertThat(pad.isBlank()).isTrue();
        assertThat(pad.visibleStrokeCount()).isZero();

        pad.undo();
        assertThat(pad.ink()).containsExactly(drawn);
    }

    @Test
    void clearingABlankPadAddsNothingToUndo() {
        var pad = new DrawingPadModel(50);
        pad.clear();
        assertThat(pad.canUndo()).isFalse();
    }

    @Test
    void eraserRemovesInk() {
        var pad = new DrawingPadModel(100);
        pad.setBrushRadius(8);
        line(pad, 10, 50, 90, 50);

        pad.setEraser(true);
        line(pad, 50, 10, 50, 90);

        assertThat(at(pad, 50, 50)).isZero();
        assertThat(at(pad, 20, 50)).isEqualTo(1f);
    }

    @Test
    void secondaryButtonErasesOneStrokeWithoutTheEraserSetting() {
        var pad = new DrawingPadModel(100);
        pad.setBrushRadius(8);
        line(pad, 10, 50, 90, 50);
        pad.beginStroke(50, 50, true);
        pad.endStroke();

        assertThat(at(pad, 50, 50)).isZero();
        assertThat(pad.eraser()).isFalse();
    }

    @Test
    void everyChangeBumpsTheVersionAndTellsListeners() {
        var pad = new DrawingPadModel(50);
        int[] calls = {0};
        pad.addListener(() -> calls[0]++);
        long before = pad.version();

        line(pad, 5, 5, 40, 40);

        assertThat(pad.version()).isGreaterThan(before);
        assertThat(calls[0]).isEqualTo((int) (pad.version() - before));
    }

    @Test
    void brushRadiusIsClamped() {
        var pad = new DrawingPadModel(50);
        pad.setBrushRadius(1000);
        assertThat(pad.brushRadius()).isEqualTo(DrawingPadModel.MAX_RADIUS);
        pad.setBrushRadius(0);
        assertThat(pad.brushRadius()).isEqualTo(DrawingPadModel.MIN_RADIUS);
    }

    @Test
    void snapshotIsACopy() {
        var pad = new DrawingPadModel(50);
        line(pad, 5, 5, 40, 40);
        var snapshot = pad.snapshot();

        pad.clear();

        assertThat(snapshot.totalInk()).isPositive();
        assertThat(snapshot.width()).isEqualTo(50);
    }
}
