package io.github.dlplayground.visuals.dropout;

import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import io.github.dlplayground.visuals.heatmap.ColorMap;
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
 * Three grids of the same units side by side: the input h, the training output (zeroed units crossed out in
 * red, kept ones brighter by 1/(1−p)) and the evaluation output (= h). One colour scale for all three, so the
 * scaling is visible. At most {@link #MAX_UNITS} units are drawn. FX thread only.
 */
public final class DropoutView extends ThemedCanvasRegion {
    public static final int MAX_UNITS = 512;

    private final ObjectProperty<DropoutSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> titles = new SimpleObjectProperty<>(
            List.of("input h", "training: m ⊙ h / (1 − p)", "evaluation: h"));
    private final StringProperty emptyText = new SimpleStringProperty("");

    public DropoutView() {
        getStyleClass().add("dropout-view");
        redrawOn(snapshot, titles, emptyText);
    }

    public ObjectProperty<DropoutSnapshot> snapshotProperty() {
        return snapshot;
    }

    /** The three grid titles. */
    public ObjectProperty<List<String>> titlesProperty() {
        return titles;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Columns of each of the three grids of n units that give the largest cells in a width×height area. */
    static int columns(int n, double width, double height) {
        int best = 1;
        double bestCell = -1;
        for (int c = 1; c <= Math.max(1, n); c++) {
            int rows = (n + c - 1) / c;
            double cell = Math.min(width / (3.0 * c), height / rows);
            if (cell > bestCell) {
                bestCell = cell;
                best = c;
            }
        }
        return best;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Palette p = fillBackground(g, width, height);
        DropoutSnapshot s = snapshot.get();
        if (s == null) {
            drawEmptyText(g, emptyText.get(), width, height);
            return;
        }
        int n = Math.min(s.units(), MAX_UNITS);
        double font = 11 * scale();
        double title = font * 2;
        double gap = 16 * scale();
        int cols = columns(n, width - 4 * gap, height - title - 8);
        int rows = (n + cols - 1) / cols;
        double cell = Math.max(2, Math.min((width - 4 * gap) / 3 / cols, (height - title - 8) / rows));
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, Math.min(s.input()[i], s.trainOutput()[i]));
            hi = Math.max(hi, Math.max(s.input()[i], s.trainOutput()[i]));
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        float[][] grids = {s.input(), s.trainOutput(), s.evalOutput()};
        g.setFont(Font.font(font));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double used = 3 * cols * cell + 2 * gap;
        double left = Math.max(gap, (width - used) / 2);
        for (int k = 0; k < 3; k++) {
            double x0 = left + k * (cols * cell + gap);
            g.setFill(p.foreground());
            g.fillText(titles.get().get(k), x0, title / 2, cols * cell + gap - 4);
            for (int i = 0; i < n; i++) {
                double x = x0 + (i % cols) * cell;
                double y = title + (i / cols) * cell;
                g.setFill(ColorMap.VIRIDIS.at((grids[k][i] - lo) / span));
                g.fillRect(x, y, cell - 1, cell - 1);
                if (k == 1 && s.isZeroed(i)) {
                    g.setFill(p.background());
                    g.fillRect(x, y, cell - 1, cell - 1);
                    g.setStroke(p.danger());
                    g.setLineWidth(Math.max(1, cell / 8));
                    g.strokeLine(x + 1, y + 1, x + cell - 2, y + cell - 2);
                    g.strokeLine(x + cell - 2, y + 1, x + 1, y + cell - 2);
                }
            }
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 220 * scale();
    }
}
