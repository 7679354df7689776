package io.github.dlplayground.engine.surface;

/**
 * A named function of the lab with how to show it: its formula in the parser's syntax, the view it
 * opens with, a start point that tells its story, and whether its values span decades (log colour scale).
 */
public record SurfacePreset(String name, String formula, Surface surface, Bounds view, double startX, double startY,
                            boolean logScale) {
    public int dimension() {
        return surface.dimension();
    }
}
