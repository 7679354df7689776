package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Draws the network: rounded blocks with a colour stripe per category, the layer number and name, its key
 * settings, its output shape and parameter count; arrows between neighbours; a broken block outlined red
 * with a "!" badge; the selected block in the accent colour; the insertion marker while dragging. Draws only.
 */
public final class NetworkRenderer {
    /** What a drag in progress shows: the gap it would drop into and the block being moved (−1: from the palette). */
    public record DragPreview(int gap, int movingIndex) {
    }

    private NetworkRenderer() {
    }

    public static void draw(GraphicsContext g, NetworkDesign design, NetworkLayout l, BlockTexts texts,
                            DragPreview drag, double scale, Palette p) {
        double font = 11.5 * scale;
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (int pos = 0; pos < l.positions(); pos++) {
            if (pos + 1 < l.positions()) {
                drawArrow(g, l, pos, scale, p);
            }
        }
        drawInput(g, design, l, texts, font, scale, p);
        for (int i = 0; i < design.size(); i++) {
            boolean moving = drag != null && drag.movingIndex() == i;
            drawBlock(g, design.block(i), i == design.selected(), moving, l, texts, font, scale, p);
        }
        if (design.size() == 0) {
            g.setFill(p.muted());
            g.setFont(Font.font(font));
            g.fillText(texts.emptyHint(), l.x(0) + l.blockWidth() + l.gapX(), l.y(0) + l.blockHeight() / 2 - font / 2);
        }
        if (drag != null) {
            double[] m = l.gapMarker(drag.gap());
            g.setStroke(p.accent());
            g.setLineWidth(4 * scale);
            g.strokeLine(m[0], m[1] - 4 * scale, m[0], m[2] + 4 * scale);
        }
    }

    private static void drawArrow(GraphicsContext g, NetworkLayout l, int pos, double scale, Palette p) {
        g.setStroke(p.muted());
        g.setFill(p.muted());
        g.setLineWidth(1.5 * scale);
        double y = l.y(pos) + l.blockHeight() / 2;
        double x0 = l.x(pos) + l.blockWidth() + 3 * scale;
        if (l.row(pos + 1) == l.row(pos)) {
            double x1 = l.x(pos + 1) - 3 * scale;
            g.strokeLine(x0, y, x1 - 6 * scale, y);
            g.fillPolygon(new double[] {x1, x1 - 7 * scale, x1 - 7 * scale},
                    new double[] {y, y - 4 * scale, y + 4 * scale}, 3);
        } else {
            // wrap: down from the row's last block, back left under the row, down into the next row's first block
            double turnX = x0 + l.gapX() / 2;
            double midY = l.y(pos) + l.blockHeight() + l.gapY() / 2;
            double leftX = l.margin() / 2;
            double ny = l.y(pos + 1) + l.blockHeight() / 2;
            double nx = l.x(pos + 1) - 3 * scale;
            g.strokePolyline(new double[] {x0, turnX, turnX, leftX, leftX, nx - 6 * scale},
                    new double[] {y, y, midY, midY, ny, ny}, 6);
            g.fillPolygon(new double[] {nx, nx - 7 * scale, nx - 7 * scale},
                    new double[] {ny, ny - 4 * scale, ny + 4 * scale}, 3);
        }
    }

    private static void drawInput(GraphicsContext g, NetworkDesign design, NetworkLayout l, BlockTexts texts,
                                  double font, double scale, Palette p) {
        double x = l.x(0);
        double y = l.y(0);
        g.setFill(p.grid().deriveColor(0, 1, 1, 0.35));
        g.fillRoundRect(x, y, l.blockWidth(), l.blockHeight(), 10 * scale, 10 * scale);
        g.setStroke(p.muted());
        g.setLineWidth(scale);
        g.setLineDashes(4 * scale, 3 * scale);
        g.strokeRoundRect(x, y, l.blockWidth(), l.blockHeight(), 10 * scale, 10 * scale);
        g.setLineDashes();
        g.setFill(p.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, font));
        g.fillText(texts.input(), x + 10 * scale, y + 8 * scale, l.blockWidth() - 16 * scale);
        g.setFont(Font.font(font * 1.15));
        Shape in = design.report().input();
        g.fillText(in == null ? texts.unknownShape() : in.toString(), x + 10 * scale, y + 8 * scale + font * 2.4);
    }

    private static void drawBlock(GraphicsContext g, BlockInfo b, boolean selected, boolean moving, NetworkLayout l,
                                  BlockTexts texts, double font, double scale, Palette p) {
        int pos = b.index() + 1;
        double x = l.x(pos);
        double y = l.y(pos);
        double w = l.blockWidth();
        double h = l.blockHeight();
        double arc = 10 * scale;
        Color stripe = categoryColour(PaletteItem.of(b.spec()).category(), p);
        g.setGlobalAlpha(moving ? 0.35 : 1);
        g.setFill(b.hasProblem() ? p.danger().deriveColor(0, 1, 1, 0.12) : p.background());
        g.fillRoundRect(x, y, w, h, arc, arc);
        g.setFill(stripe);
        g.fillRoundRect(x, y, 6 * scale, h, arc / 2, arc / 2);
        g.setStroke(b.hasProblem() ? p.danger() : selected ? p.accent() : p.grid());
        g.setLineWidth((b.hasProblem() || selected ? 2.5 : 1.2) * scale);
        g.strokeRoundRect(x, y, w, h, arc, arc);
        if (selected && b.hasProblem()) {
            g.setStroke(p.accent());
            g.setLineWidth(1.5 * scale);
            g.strokeRoundRect(x - 4 * scale, y - 4 * scale, w + 8 * scale, h + 8 * scale, arc, arc);
        }
        double tx = x + 14 * scale;
        double tw = w - 20 * scale;
        List<String> lines = lines(b, texts);
        g.setFill(p.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, font));
        g.fillText(lines.get(0), tx, y + 6 * scale, tw);
        g.setFont(Font.font(font * 0.95));
        g.setFill(p.muted());
        g.fillText(lines.get(1), tx, y + 6 * scale + font * 1.45, tw);
        g.setFill(b.output() == null ? p.danger() : p.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, font * 1.1));
        g.fillText(lines.get(2), tx, y + 6 * scale + font * 2.9, tw);
        if (!lines.get(3).isEmpty()) {
            g.setFont(Font.font(font * 0.9));
            g.setFill(p.muted());
            g.fillText(lines.get(3), tx, y + 6 * scale + font * 4.5, tw);
        }
        if (b.hasProblem()) {
            double r = 9 * scale;
            g.setFill(p.danger());
            g.fillOval(x + w - 2 * r - 4 * scale, y + 4 * scale, 2 * r, 2 * r);
            g.setFill(Color.WHITE);
            g.setFont(Font.font(null, FontWeight.BOLD, font));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("!", x + w - r - 4 * scale, y + 4 * scale + r);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
        }
        g.setGlobalAlpha(1);
    }

    /**
     * The four lines a block shows: "3  Linear", its key settings ("784 → 256"), its output shape ("→ 256",
     * "→ ?" when unknown) and its parameter count ("" for none).
     */
    public static List<String> lines(BlockInfo b, BlockTexts texts) {
        String shape = "→ " + (b.output() == null ? texts.unknownShape() : b.output().toString());
        String params = b.parameterCount() > 0 ? texts.params(b.parameterCount()) : "";
        return List.of((b.index() + 1) + "  " + b.spec().displayName(), BlockFormat.keyParams(b.spec()), shape, params);
    }

    static Color categoryColour(LayerCategory c, Palette p) {
        return switch (c) {
            case WEIGHTS -> p.series(0);
            case ACTIVATION -> p.series(2);
            case POOLING -> p.series(4);
            case NORMALIZATION -> p.series(1);
            case OTHER -> p.series(3);
        };
    }
}
