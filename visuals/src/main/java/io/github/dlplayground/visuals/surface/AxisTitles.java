package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The axis titles of the curve and surface plots: x under the right end of the plot, y above its top left. */
final class AxisTitles {
    private AxisTitles() {
    }

    static void draw(GraphicsContext g, Viewport v, Palette p, double scale, String xLabel, String yLabel) {
        g.setFill(p.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, 12 * scale));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(xLabel, v.right(), v.bottom() + 16 * scale);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(yLabel, 4 * scale, v.top() + 12 * scale);
    }
}
