package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimizers' paths drawn incrementally on two canvases (a halo in the background colour below, the
 * coloured line above): each frame adds only the segments walked since the last one, so the cost of a
 * frame does not grow with the length of the paths. Everything is drawn again when the view changes or a
 * path was rewritten (a reset, or a replay after a hyperparameter changed). FX thread only.
 */
final class TrailLayer {
    /** A new vertex is drawn once it lies this many pixels from the last one drawn. */
    private static final double MIN_PIXELS = 1.0;

    private final Canvas halo = new Canvas();
    private final Canvas lines = new Canvas();
    private final Map<Trail, Drawn> drawn = new IdentityHashMap<>();
    private boolean stale = true;

    /** How much of a trail is on the canvases. */
    private static final class Drawn {
        int count;
        double lastX;
        double lastY;
        double lastPx;
        double lastPy;
    }

    Canvas halo() {
        return halo;
    }

    Canvas lines() {
        return lines;
    }

    /** Asks for a full redraw at the next {@link #update}. */
    void invalidate() {
        stale = true;
    }

    void resize(double w, double h) {
        if (halo.getWidth() != w || halo.getHeight() != h) {
            halo.setWidth(w);
            halo.setHeight(h);
            lines.setWidth(w);
            lines.setHeight(h);
            stale = true;
        }
    }

    /** Brings the canvases up to date with the trails. */
    void update(List<? extends Trail> trails, Viewport v, Palette p, double scale, int selected) {
        if (!stale) {
            for (Trail t : trails) {
                if (rewritten(t)) {
                    stale = true;
                    break;
                }
            }
            if (drawn.size() != trails.size()) {
                stale = true;
            }
        }
        GraphicsContext hg = halo.getGraphicsContext2D();
        GraphicsContext lg = lines.getGraphicsContext2D();
        if (stale) {
            stale = false;
            drawn.clear();
            hg.clearRect(0, 0, halo.getWidth(), halo.getHeight());
            lg.clearRect(0, 0, lines.getWidth(), lines.getHeight());
        }
        for (Trail t : trails) {
            double width = (t.colorIndex() == selected ? 3 : 2) * scale;
            append(t, drawn.computeIfAbsent(t, k -> new Drawn()), v, hg, lg, p.series(t.colorIndex()),
                    p.background(), width);
        }
    }

    /** True when the trail no longer continues what was drawn (shorter, or a different last drawn point). */
    private boolean rewritten(Trail t) {
        Drawn d = drawn.get(t);
        if (d == null || d.count == 0) {
            return d == null;
        }
        return t.size() < d.count || Double.compare(t.x(d.count - 1), d.lastX) != 0
                || Double.compare(t.y(d.count - 1), d.lastY) != 0;
    }

    private static void append(Trail t, Drawn d, Viewport v, GraphicsContext hg, GraphicsContext lg, Color c,
                               Color haloColour, double width) {
        int n = t.size();
        if (n <= d.count) {
            return;
        }
        hg.save();
        lg.save();
        clip(hg, v);
        clip(lg, v);
        hg.setStroke(haloColour.deriveColor(0, 1, 1, 0.7));
        hg.setLineWidth(width + 2.5);
        lg.setStroke(c);
        lg.setLineWidth(width);
        for (GraphicsContext g : new GraphicsContext[] {hg, lg}) {
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.beginPath();
        }
        boolean started = d.count > 0;
        if (started) {
            moveTo(hg, lg, d.lastPx, d.lastPy);
        }
        int i = d.count;
        for (; i < n; i++) {
            double x = t.x(i);
            double y = t.y(i);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                break;
            }
            double px = clamp(v.px(x), v.left() - 1e4, v.right() + 1e4);
            double py = clamp(v.py(y), v.top() - 1e4, v.bottom() + 1e4);
            if (!started) {
                moveTo(hg, lg, px, py);
                started = true;
            } else if (Math.abs(px - d.lastPx) < MIN_PIXELS && Math.abs(py - d.lastPy) < MIN_PIXELS && i < n - 1) {
                continue;
            } else {
                hg.lineTo(px, py);
                lg.lineTo(px, py);
            }
            d.lastPx = px;
            d.lastPy = py;
            d.lastX = x;
            d.lastY = y;
            d.count = i + 1;
        }
        // points skipped as too close count as drawn; a point that is not finite ends the trail for good
        d.count = n;
        d.lastX = t.x(n - 1);
        d.lastY = t.y(n - 1);
        hg.stroke();
        lg.stroke();
        hg.restore();
        lg.restore();
    }

    private static void moveTo(GraphicsContext hg, GraphicsContext lg, double x, double y) {
        hg.moveTo(x, y);
        lg.moveTo(x, y);
    }

    private static void clip(GraphicsContext g, Viewport v) {
        g.beginPath();
        g.rect(v.left(), v.top(), v.width(), v.height());
        g.clip();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
