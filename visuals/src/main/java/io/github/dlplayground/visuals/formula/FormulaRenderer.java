package io.github.dlplayground.visuals.formula;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typesets a LaTeX string with JLaTeXMath (TeXFormula → TeXIcon → BufferedImage) on a transparent
 * background and converts it to a JavaFX image; images are kept in a small least-recently-used cache
 * keyed by (LaTeX, pixel size, colour). Uses only off-screen AWT drawing, so it works headless.
 * Thread-safe.
 */
public final class FormulaRenderer {
    /** Size of the formula's main text in pixels when nothing else is asked for. */
    public static final double DEFAULT_SIZE = 18;
    private static final int DEFAULT_CAPACITY = 256;

    private final Map<Key, Image> cache;
    private int hits;
    private int misses;

    public FormulaRenderer() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity how many images the cache keeps before dropping the least recently used */
    public FormulaRenderer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("formula cache capacity must be at least 1, got " + capacity);
        }
        cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The formula as a JavaFX image, from the cache when it was drawn before.
     *
     * @param latex  the formula in LaTeX math mode, without surrounding dollar signs
     * @param size   main text size in pixels (already multiplied by any output scale)
     * @param colour the ink colour; the background stays transparent
     * @throws IllegalArgumentException when the LaTeX cannot be parsed, naming the formula and the reason
     */
    public synchronized Image image(String latex, double size, Color colour) {
        Key key = new Key(latex, Math.round(size * 4) / 4.0, toArgb(colour));
        Image image = cache.get(key);
        if (image != null) {
            hits++;
            return image;
        }
        misses++;
        image = SwingFXUtils.toFXImage(renderAwt(latex, key.size(), toAwt(colour)), null);
        cache.put(key, image);
        return image;
    }

    /** Cache hits and misses so far (for tests and the environment lesson). */
    public synchronized int hits() {
        return hits;
    }

    public synchronized int misses() {
        return misses;
    }

    /**
     * Typesets the formula into a transparent ARGB image with a one-pixel margin; needs no JavaFX toolkit.
     *
     * @throws IllegalArgumentException when the LaTeX cannot be parsed or the size is not positive
     */
    public static BufferedImage renderAwt(String latex, double size, java.awt.Color colour) {
        if (latex == null || latex.isBlank()) {
            throw new IllegalArgumentException("formula is empty: give a LaTeX expression such as \\hat{y} = Xw + b");
        }
        if (!(size > 0) || size > 1000) {
            throw new IllegalArgumentException("formula size must be between 0 and 1000 pixels, got " + size);
        }
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) size);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("formula \"" + latex + "\" cannot be typeset: " + e.getMessage(), e);
        }
        icon.setInsets(new Insets(1, 1, 1, 1));
        icon.setForeground(colour);
        var image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int toArgb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private static java.awt.Color toAwt(Color c) {
        return new java.awt.Color(toArgb(c), true);
    }

    private record Key(String latex, double size, int argb) {
    }
}
