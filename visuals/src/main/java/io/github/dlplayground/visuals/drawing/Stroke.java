package io.github.dlplayground.visuals.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * One pen-down-to-pen-up stroke: its points, brush radius and whether it erases. It is smoothed as it
 * grows: the path runs through the midpoints of consecutive points with each point as a quadratic Bézier
 * control point, so a mouse's polyline becomes a round curve. Replaying the points repaints it exactly.
 */
final class Stroke {
    /** Points closer than this (buffer pixels) to the last one are skipped: they only add jitter. */
    private static final double MIN_STEP = 1.0;

    private final double radius;
    private final boolean eraser;
    private final List<double[]> points = new ArrayList<>();

    Stroke(double radius, boolean eraser) {
        this.radius = radius;
        this.eraser = eraser;
    }

    /** Starts at (x, y): a round dot. */
    void start(double x, double y, Brush brush) {
        points.add(new double[] {x, y});
        brush.segment(x, y, x, y, radius, eraser);
    }

    /** Adds (x, y) and paints the stretch of curve it completes; false when the point was skipped. */
    boolean extend(double x, double y, Brush brush) {
        double[] last = points.get(points.size() - 1);
        if (Math.hypot(x - last[0], y - last[1]) < MIN_STEP) {
            return false;
        }
        points.add(new double[] {x, y});
        int n = points.size();
        double[] p1 = points.get(n - 2);
        double[] p2 = points.get(n - 1);
        if (n == 2) {
            brush.segment(p1[0], p1[1], mid(p1[0], p2[0]), mid(p1[1], p2[1]), radius, eraser);
        } else {
            double[] p0 = points.get(n - 3);
            brush.curve(mid(p0[0], p1[0]), mid(p0[1], p1[1]), p1[0], p1[1], mid(p1[0], p2[0]), mid(p1[1], p2[1]),
                    radius, eraser);
        }
        return true;
    }

    /** Paints the last half-segment up to the final point. */
    void finish(Brush brush) {
        int n = points.size();
        if (n >= 2) {
            double[] p1 = points.get(n - 2);
            double[] p2 = points.get(n - 1);
            brush.segment(mid(p1[0], p2[0]), mid(p1[1], p2[1]), p2[0], p2[1], radius, eraser);
        }
    }

    /** Paints the whole stroke again, as it was painted while drawn. */
    void replay(Brush brush) {
        var copy = new Stroke(radius, eraser);
        double[] first = points.get(0);
        copy.start(first[0], first[1], brush);
        for (int i = 1; i < points.size(); i++) {
            copy.extend(points.get(i)[0], points.get(i)[1], brush);
        }
        copy.finish(brush);
    }

    boolean eraser() {
        return eraser;
    }

    int pointCount() {
        return points.size();
    }

    private static double mid(double a, double b) {
        return (a + b) / 2;
    }
}
