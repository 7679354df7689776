package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surface;
import io.github.dlplayground.visuals.chart.Ticks;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Draws a curve f(x) with each optimizer's point rolling on it: the curve sampled once per pixel column,
 * the visited points joined along the curve, the current point, and the tangent there (slope f′(x), the
 * derivative the optimizer is given). Draws, never mutates.
 */
public final class CurveRenderer {
    private CurveRenderer() {
    }

    public static Viewport viewport(Bounds b, double width, double height, double scale) {
        return new Viewport(b, 46 * scale, 8 * scale, Math.max(47 * scale, width - 12 * scale),
                Math.max(9 * scale, height - 30 * scale));
    }

    public static void draw(GraphicsContext g, Viewport v, Surface curve, List<? extends Trail> trails, double startX,
                            int selected, Palette p, double scale, String xLabel, String yLabel) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        drawGrid(g, v, p, scale, xLabel, yLabel);
        g.save();
        g.beginPath();
        g.rect(v.left(), v.top(), v.width(), v.height());
        g.clip();
        if (curve != null) {
            drawCurve(g, v, curve, p.foreground(), 2.5 * scale);
            double sy = curve.value(startX, 0);
            if (Double.isFinite(sy)) {
                g.setStroke(p.foreground());
                g.setLineWidth(2 * scale);
                g.strokeOval(v.px(startX) - 7 * scale, v.py(sy) - 7 * scale, 14 * scale, 14 * scale);
            }
            double[] grad = new double[2];
            for (Trail t : trails) {
                if (t.size() > 0) {
                    drawTrail(g, v, curve, t, t.colorIndex() == selected, p, scale, grad);
                }
            }
        }
        g.restore();
    }

    private static void drawGrid(GraphicsContext g, Viewport v, Palette p, double scale, String xLabel,
                                 String yLabel) {
        Bounds b = v.bounds();
        g.setFont(Font.font(11 * scale));
        g.setLineWidth(1);
        g.setStroke(p.grid());
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : Ticks.linear(b.xMin(), b.xMax(), Math.max(4, (int) (v.width() / (70 * scale))))) {
            double x = Math.round(v.px(t)) + 0.5;
            g.strokeLine(x, v.top(), x, v.bottom());
            g.fillText(Ticks.format(t), x, v.bottom() + 5 * scale);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : Ticks.linear(b.yMin(), b.yMax(), Math.max(2, (int) (v.height() / (50 * scale))))) {
            double y = Math.round(v.py(t)) + 0.5;
            g.strokeLine(v.left(), y, v.right(), y);
            g.fillText(Ticks.format(t), v.left() - 6 * scale, y);
        }
        g.setStroke(p.muted());
        if (b.yMin() < 0 && b.yMax() > 0) {
            g.strokeLine(v.left(), v.py(0), v.right(), v.py(0));
        }
        g.strokeRect(v.left() - 0.5, v.top() - 0.5, v.width() + 1, v.height() + 1);
        AxisTitles.draw(g, v, p, scale, xLabel, yLabel);
    }

    private static void drawCurve(GraphicsContext g, Viewport v, Surface curve, Color c, double width) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.beginPath();
        boolean open = false;
        for (double px = v.left(); px <= v.right(); px += 1) {
            double f = curve.value(v.x(px), 0);
            if (!Double.isFinite(f)) {
                open = false;
                continue;
            }
            double py = Math.max(v.top() - 1e4, Math.min(v.bottom() + 1e4, v.py(f)));
            if (open) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                open = true;
            }
        }
        g.stroke();
    }

    private static void drawTrail(GraphicsContext g, Viewport v, Surface curve, Trail t, boolean selected,
                                  Palette p, double scale, double[] grad) {
        Color c = p.series(t.colorIndex());
        int last = SurfaceRenderer.lastFinite(t);
        g.setFill(c.deriveColor(0, 1, 1, 0.55));
        double dot = 2.5 * scale;
        double lastPx = Double.NaN;
        for (int i = 0; i < last; i++) {
            double x = t.x(i);
            double px = v.px(x);
            if (Math.abs(px - lastPx) < 2) {
                continue;
            }
            double py = v.py(curve.value(x, 0));
            if (Double.isFinite(py)) {
                g.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
                lastPx = px;
            }
        }
        double x = t.x(last);
        double f = curve.gradient(x, 0, grad);
        double px = Math.max(v.left(), Math.min(v.right(), v.px(x)));
        double py = Double.isFinite(f) ? Math.max(v.top(), Math.min(v.bottom(), v.py(f))) : v.top();
        if (t.diverged()) {
            g.setStroke(p.danger());
            g.setLineWidth(3 * scale);
            double r = 7 * scale;
            g.strokeLine(px - r, py - r, px + r, py + r);
            g.strokeLine(px - r, py + r, px + r, py - r);
            return;
        }
        // tangent: model direction (1, f′) is (1/upx, −f′/upy) on screen
        double dx = 1 / v.unitsPerPixelX();
        double dy = -grad[0] / v.unitsPerPixelY();
        double n = Math.hypot(dx, dy);
        if (n > 0 && Double.isFinite(n)) {
            double len = 70 * scale;
            g.setStroke(c);
            g.setLineWidth((selected ? 2.5 : 1.8) * scale);
            g.setLineDashes(6 * scale, 4 * scale);
            g.strokeLine(px - dx / n * len, py - dy / n * len, px + dx / n * len, py + dy / n * len);
            g.setLineDashes();
        }
        double r = (selected ? 7 : 6) * scale;
        g.setFill(c);
        g.setStroke(p.background());
        g.setLineWidth(1.5 * scale);
        g.fillOval(px - r, py - r, 2 * r, 2 * r);
        g.strokeOval(px - r, py - r, 2 * r, 2 * r);
    }
}
