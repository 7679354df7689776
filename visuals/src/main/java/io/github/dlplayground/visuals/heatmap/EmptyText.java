package io.github.dlplayground.visuals.heatmap;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The muted sentence a canvas view shows while it has nothing to draw yet ("Train to see …"). */
public final class EmptyText {
    private EmptyText() {
    }

    public static void draw(GraphicsContext g, String text, double width, double height, double scale, Palette p) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFill(p.muted());
        g.setFont(Font.font(12 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, width / 2, height / 2, Math.max(10, width - 16));
    }
}
