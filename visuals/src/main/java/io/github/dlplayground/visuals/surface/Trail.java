package io.github.dlplayground.visuals.surface;

/**
 * A path to draw on a surface or curve: its points (the start first, the current point last), its colour
 * index in the palette's series colours, and whether it stopped by diverging.
 */
public interface Trail {
    String name();

    int colorIndex();

    int size();

    double x(int i);

    double y(int i);

    boolean diverged();
}
