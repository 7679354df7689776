package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surface;
import io.github.dlplayground.visuals.chart.Ticks;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Draws a surface view in layers: the background (heat map, contours, axes, colour legend), redrawn
 * when the view changes, and the overlay (current points, −∇f arrows, start, markers), redrawn every
 * frame; the paths between them are drawn by {@link TrailLayer}. Draws, never mutates; {@code scale} enlarges text and strokes (presenter mode).
 */
public final class SurfaceRenderer {
    private SurfaceRenderer() {
    }

    /**
     * The plot rectangle for a canvas of this size (room for the axes left and below, the colour legend
     * right). With {@code equalAspect} the bounds grow along one axis so that a unit of x and a unit of y
     * have the same length on screen: circles stay round and −∇f stays perpendicular to the contours.
     */
    public static Viewport viewport(Bounds b, double width, double height, double scale, boolean equalAspect) {
        double left = 46 * scale;
        double top = 8 * scale;
        double right = Math.max(left + 1, width - 74 * scale);
        double bottom = Math.max(top + 1, height - 30 * scale);
        if (equalAspect) {
            double perPixel = Math.max(b.width() / (right - left), b.height() / (bottom - top));
            double halfW = perPixel * (right - left) / 2;
            double halfH = perPixel * (bottom - top) / 2;
            double cx = (b.xMin() + b.xMax()) / 2;
            double cy = (b.yMin() + b.yMax()) / 2;
            b = new Bounds(cx - halfW, cx + halfW, cy - halfH, cy + halfH);
        }
        return new Viewport(b, left, top, right, bottom);
    }

    public static void drawBackground(GraphicsContext g, SurfaceRaster raster, Image image, Viewport v,
                                      Palette p, double scale, String xLabel, String yLabel, String legendTitle) {
        g.setFill(p.background());
        g.fillRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.save();
        clip(g, v);
        if (raster != null && image != null) {
            Bounds rb = raster.bounds();
            double x0 = v.px(rb.xMin());
            double y0 = v.py(rb.yMax());
            g.setImageSmoothing(true);
            g.drawImage(image, x0, y0, v.px(rb.xMax()) - x0, v.py(rb.yMin()) - y0);
            drawContours(g, raster.contours(), v, p, scale);
        }
        g.restore();
        drawAxes(g, v, p, scale, xLabel, yLabel);
        if (raster != null) {
            drawLegend(g, raster.scale(), v, p, scale, legendTitle);
        }
    }

    private static void clip(GraphicsContext g, Viewport v) {
        g.beginPath();
        g.rect(v.left(), v.top(), v.width(), v.height());
        g.clip();
    }

    private static void drawContours(GraphicsContext g, float[] s, Viewport v, Palette p, double scale) {
        g.setStroke(p.background().deriveColor(0, 1, 1, 0.45));
        g.setLineWidth(1 * scale);
        g.beginPath();
        for (int i = 0; i + 3 < s.length; i += 4) {
            g.moveTo(v.px(s[i]), v.py(s[i + 1]));
            g.lineTo(v.px(s[i + 2]), v.py(s[i + 3]));
        }
        g.stroke();
    }

    private static void drawAxes(GraphicsContext g, Viewport v, Palette p, double scale, String xLabel,
                                 String yLabel) {
        g.setFont(Font.font(11 * scale));
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.strokeRect(v.left() - 0.5, v.top() - 0.5, v.width() + 1, v.height() + 1);
        g.setFill(p.muted());
        Bounds b = v.bounds();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : Ticks.linear(b.xMin(), b.xMax(), Math.max(4, (int) (v.width() / (70 * scale))))) {
            double x = v.px(t);
            g.strokeLine(x, v.bottom(), x, v.bottom() + 4 * scale);
            g.fillText(Ticks.format(t), x, v.bottom() + 5 * scale);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : Ticks.linear(b.yMin(), b.yMax(), Math.max(2, (int) (v.height() / (50 * scale))))) {
            double y = v.py(t);
            g.strokeLine(v.left() - 4 * scale, y, v.left(), y);
            g.fillText(Ticks.format(t), v.left() - 6 * scale, y);
        }
        AxisTitles.draw(g, v, p, scale, xLabel, yLabel);
    }

    private static void drawLegend(GraphicsContext g, ColorScale s, Viewport v, Palette p, double scale,
                                   String title) {
        double x = v.right() + 10 * scale;
        double w = 12 * scale;
        double top = v.top() + 18 * scale;
        double h = v.height() - 18 * scale;
        int bands = 128;
        for (int i = 0; i < bands; i++) {
            double t = (i + 0.5) / bands;
            double[] rgb = ColorMap.rgb(t);
            g.setFill(Color.color(rgb[0], rgb[1], rgb[2]));
            double y = top + h - (i + 1) * h / bands;
            g.fillRect(x, y, w, h / bands + 0.5);
        }
        g.setStroke(p.muted());
        g.strokeRect(x, top, w, h);
        g.setFill(p.muted());
        g.setFont(Font.font(10 * scale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            g.fillText(Ticks.format(round(s.inverse(t))), x + w + 3 * scale, top + h - t * h);
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(p.foreground());
        g.fillText(title, x, top - 9 * scale);
    }

    /** Three significant digits, so legend labels stay short. */
    private static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double m = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
        return Math.round(v / m) * m;
    }

    /**
     * The moving layer (the paths themselves are drawn incrementally by {@link TrailLayer}): each trail's
     * current point, a −∇f arrow there (length growing with |∇f|
     * relative to {@code maxGradient}), a cross where a run diverged; the start ring and the markers.
     */
    public static void drawOverlay(GraphicsContext g, Viewport v, List<? extends Trail> trails, Surface surface,
                                   double maxGradient, double startX, double startY, List<Marker> markers,
                                   int selected, boolean arrows, Palette p, double scale) {
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.save();
        clip(g, v);
        for (Marker m : markers) {
            drawStar(g, v.px(m.x()), v.py(m.y()), 8 * scale, p);
            g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 11 * scale));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            // right of the star, or left of it where the label would leave the plot
            double width = io.github.dlplayground.visuals.chart.LineChartRenderer.textWidth(m.label(), g.getFont());
            boolean left = v.px(m.x()) + 11 * scale + width > v.right();
            g.setTextAlign(left ? TextAlignment.RIGHT : TextAlignment.LEFT);
            double tx = v.px(m.x()) + (left ? -11 : 11) * scale;
            // a halo in the background colour keeps the label readable on any colour of the map
            g.setStroke(p.background());
            g.setLineWidth(3 * scale);
            g.strokeText(m.label(), tx, v.py(m.y()));
            g.setFill(p.foreground());
            g.fillText(m.label(), tx, v.py(m.y()));
        }
        double[] grad = new double[2];
        for (Trail t : trails) {
            if (t.size() == 0) {
                continue;
            }
            Color c = p.series(t.colorIndex());
            boolean isSelected = t.colorIndex() == selected;
            int last = lastFinite(t);
            double px = clampPx(v.px(t.x(last)), v.left(), v.right());
            double py = clampPx(v.py(t.y(last)), v.top(), v.bottom());
            if (t.diverged()) {
                drawCross(g, px, py, 7 * scale, p.danger(), p.background(), scale);
                continue;
            }
            if (arrows && surface != null) {
                surface.gradient(t.x(last), t.y(last), grad);
                drawArrow(g, v, px, py, -grad[0], -grad[1], maxGradient, c, p.background(), scale);
            }
            double r = (isSelected ? 6.5 : 5.5) * scale;
            g.setFill(c);
            g.setStroke(p.background());
            g.setLineWidth(1.5 * scale);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
        double sx = v.px(startX);
        double sy = v.py(startY);
        g.setStroke(p.background());
        g.setLineWidth(4 * scale);
        g.strokeOval(sx - 7 * scale, sy - 7 * scale, 14 * scale, 14 * scale);
        g.setStroke(p.foreground());
        g.setLineWidth(2 * scale);
        g.strokeOval(sx - 7 * scale, sy - 7 * scale, 14 * scale, 14 * scale);
        g.restore();
    }

    static int lastFinite(Trail t) {
        int i = t.size() - 1;
        while (i > 0 && !(Double.isFinite(t.x(i)) && Double.isFinite(t.y(i)))) {
            i--;
        }
        return i;
    }

    private static double clampPx(double v, double lo, double hi) {
        return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : lo;
    }

    private static void drawArrow(GraphicsContext g, Viewport v, double px, double py, double gx, double gy,
                                  double maxGradient, Color c, Color halo, double scale) {
        double magnitude = Math.hypot(gx, gy);
        if (!(magnitude > 0) || !Double.isFinite(magnitude)) {
            return;
        }
        // a model direction (gx, gy) is (gx/upx, −gy/upy) on screen
        double dx = gx / v.unitsPerPixelX();
        double dy = -gy / v.unitsPerPixelY();
        double norm = Math.hypot(dx, dy);
        double relative = maxGradient > 0 ? Math.min(1, magnitude / maxGradient) : 1;
        double length = (10 + 50 * Math.sqrt(relative)) * scale;
        double ux = dx / norm;
        double uy = dy / norm;
        double ex = px + ux * length;
        double ey = py + uy * length;
        double head = 7 * scale;
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? halo.deriveColor(0, 1, 1, 0.7) : c);
            g.setLineWidth((pass == 0 ? 4 : 2) * scale);
            g.strokeLine(px, py, ex, ey);
            g.strokeLine(ex, ey, ex - head * (ux - 0.5 * uy), ey - head * (uy + 0.5 * ux));
            g.strokeLine(ex, ey, ex - head * (ux + 0.5 * uy), ey - head * (uy - 0.5 * ux));
        }
    }

    private static void drawCross(GraphicsContext g, double x, double y, double r, Color c, Color halo, double scale) {
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? halo : c);
            g.setLineWidth((pass == 0 ? 6 : 3) * scale);
            g.strokeLine(x - r, y - r, x + r, y + r);
            g.strokeLine(x - r, y + r, x + r, y - r);
        }
    }

    private static void drawStar(GraphicsContext g, double x, double y, double r, Palette p) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            xs[i] = x + rr * Math.cos(a);
            ys[i] = y + rr * Math.sin(a);
        }
        g.setFill(p.foreground());
        g.setStroke(p.background());
        g.setLineWidth(1.5);
        g.fillPolygon(xs, ys, 10);
        g.strokePolygon(xs, ys, 10);
    }
}
