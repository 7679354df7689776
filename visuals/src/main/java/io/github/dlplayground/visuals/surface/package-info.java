/**
 * The loss-surface lab's views: a heat map with contours and a colour legend, optimizer paths with
 * markers and gradient arrows, pan / zoom / click-to-start ({@link io.github.dlplayground.visuals.surface.SurfaceView}),
 * the 1D curve with the rolling point and its tangent ({@link io.github.dlplayground.visuals.surface.CurveView}),
 * and the race of optimizers they show ({@link io.github.dlplayground.visuals.surface.RaceModel}).
 */
package io.github.dlplayground.visuals.surface;
