package io.github.dlplayground.visuals.chart;

/** Read access to the points of a series, so a chart can show data it does not own (e.g. a descent's path). */
public interface SeriesData {
    int size();

    double x(int i);

    double y(int i);
}
