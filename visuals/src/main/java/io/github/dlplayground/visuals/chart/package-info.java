/**
 * A reusable line chart on a canvas: several series on shared axes, linear or logarithmic y, nice ticks,
 * a legend, theme colours from the palette — loss curves in the optimizer lab, loss and accuracy in the
 * training studio, a scatter with its fitted line in linear regression.
 */
package io.github.dlplayground.visuals.chart;
