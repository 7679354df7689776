package io.github.dlplayground.engine.digits;

/**
 * How a drawing becomes a network input, as MNIST was made: the bounding box of the ink (pixels above
 * {@code inkThreshold}) is scaled by area averaging to fit {@code fitSize × fitSize} keeping its aspect ratio,
 * placed in the middle of {@code size × size}, then moved by whole pixels so that its centre of mass
 * Σ(ink·x)/Σink lies at (size/2, size/2) in pixel-index coordinates, where MNIST's digits have theirs.
 * Fashion-MNIST was made differently (longest side scaled to 28, centred by its box), hence {@link Centring}.
 */
public record Preprocessing(int fitSize, int size, Centring centring, float inkThreshold) {
    /** Where the scaled drawing goes inside the size × size field. */
    public enum Centring {
        /** Centre of mass at the centre (MNIST). */
        CENTRE_OF_MASS,
        /** Bounding box in the middle (Fashion-MNIST). */
        BOUNDING_BOX
    }

    /** MNIST: fit 20×20, centre of mass at the centre of 28×28. */
    public static final Preprocessing MNIST = new Preprocessing(20, 28, Centring.CENTRE_OF_MASS, 0.05f);

    /** Fashion-MNIST: longest side 28, box centred in 28×28. */
    public static final Preprocessing FASHION_MNIST = new Preprocessing(28, 28, Centring.BOUNDING_BOX, 0.05f);

    public Preprocessing {
        if (fitSize <= 0 || fitSize > size) {
            throw new IllegalArgumentException("the fit size " + fitSize + " must lie in 1.." + size);
        }
        if (inkThreshold < 0 || inkThreshold >= 1) {
            throw new IllegalArgumentException("the ink threshold " + inkThreshold + " must lie in [0, 1)");
        }
    }

    /** Runs every step on {@code drawing} (not changed) and keeps each intermediate image. */
    public PreprocessedDrawing apply(InkImage drawing) {
        BoundingBox box = BoundingBox.ofInk(drawing, inkThreshold);
        if (box == null) {
            return PreprocessedDrawing.empty(drawing, size);
        }
        double scale = (double) fitSize / box.longSide();
        int scaledWidth = clamp((int) Math.round(box.width() * scale));
        int scaledHeight = clamp((int) Math.round(box.height() * scale));
        InkImage scaled = AreaResampler.resize(drawing.crop(box), scaledWidth, scaledHeight);
        int offsetX = (size - scaledWidth) / 2;
        int offsetY = (size - scaledHeight) / 2;
        InkImage placed = Shifts.place(scaled, size, offsetX, offsetY);
        double[] mass = Shifts.centreOfMass(placed);
        int shiftX = 0;
        int shiftY = 0;
        if (centring == Centring.CENTRE_OF_MASS && mass != null) {
            shiftX = (int) Math.round(size / 2.0 - mass[0]);
            shiftY = (int) Math.round(size / 2.0 - mass[1]);
        }
        InkImage input = Shifts.place(scaled, size, offsetX + shiftX, offsetY + shiftY);
        return new PreprocessedDrawing(drawing, box, scaled, placed, mass == null ? size / 2.0 : mass[0],
                mass == null ? size / 2.0 : mass[1], shiftX, shiftY, input);
    }

    private int clamp(int side) {
        return Math.max(1, Math.min(fitSize, side));
    }
}
