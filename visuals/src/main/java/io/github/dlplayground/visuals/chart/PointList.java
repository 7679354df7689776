package io.github.dlplayground.visuals.chart;

import java.util.Arrays;

/** A growable list of (x, y) points; amortised appends. Confined to one thread (usually the FX thread). */
public final class PointList implements SeriesData {
    private double[] xs = new double[32];
    private double[] ys = new double[32];
    private int size;

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public void clear() {
        size = 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double x(int i) {
        return xs[i];
    }

    @Override
    public double y(int i) {
        return ys[i];
    }
}
