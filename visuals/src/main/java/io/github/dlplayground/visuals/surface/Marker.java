package io.github.dlplayground.visuals.surface;

/** A labelled point drawn on a surface, e.g. the analytic optimum (w*, b*) as a star. */
public record Marker(double x, double y, String label) {
}
