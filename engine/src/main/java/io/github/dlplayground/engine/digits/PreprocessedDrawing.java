package io.github.dlplayground.engine.digits;

/**
 * Every step of {@link Preprocessing#apply}: the drawing, its ink's bounding box (null when blank), the box
 * scaled to fit (null when blank), that image placed in the middle of the field with its centre of mass
 * (massX, massY), the whole-pixel shift that moves the mass to the centre, and the resulting network input
 * (size × size, ink in [0, 1]).
 */
public record PreprocessedDrawing(InkImage drawing, BoundingBox boundingBox, InkImage scaled, InkImage placed,
                                  double massX, double massY, int shiftX, int shiftY, InkImage input) {
    static PreprocessedDrawing empty(InkImage drawing, int size) {
        InkImage blank = InkImage.blank(size, size);
        return new PreprocessedDrawing(drawing, null, null, blank, size / 2.0, size / 2.0, 0, 0, blank);
    }

    /** True when the drawing holds no ink above the threshold: there is nothing to classify. */
    public boolean isEmpty() {
        return boundingBox == null;
    }
}
