package io.github.dlplayground.app.export;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the exported images share: white paper, dark ink, the Okabe–Ito series colours the app uses, the
 * viridis colour map (matplotlib's, 9 stops, linear in between), the app's bundled WenQuanYi Micro Hei font
 * (Latin and Chinese; a logical sans-serif font when it is missing), images drawn at twice their nominal size for
 * slides, "nice" axis ticks (1, 2 or 5 × 10^k) and PNG encoding. Plain java.awt on BufferedImage: works headless.
 */
final class ChartStyle {
    static final int SCALE = 2;
    static final Color PAPER = Color.WHITE;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    /** Okabe–Ito blue, orange, bluish green, vermillion. */
    static final Color[] SERIES = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00)};

    private static final int[] VIRIDIS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
        0xaddc30, 0xfde725};
    private static final String FONT = "/assets/fonts/wqy-microhei-subset.ttf";
    private static final Font BASE = loadFont();

    private ChartStyle() {
    }

    /** A white canvas of width × height logical pixels, anti-aliased, scaled by {@link #SCALE}. */
    static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(PAPER);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    static Font font(float size) {
        return BASE.deriveFont(size);
    }

    static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    /** Viridis at t in [0, 1] (clamped). */
    static Color viridis(double t) {
        double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (VIRIDIS.length - 1);
        int k = Math.min(VIRIDIS.length - 2, (int) x);
        double u = x - k;
        int a = VIRIDIS[k];
        int b = VIRIDIS[k + 1];
        int r = mix(a >> 16, b >> 16, u);
        int gr = mix(a >> 8, b >> 8, u);
        int bl = mix(a, b, u);
        return new Color(r, gr, bl);
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round((a & 0xFF) + u * ((b & 0xFF) - (a & 0xFF)));
    }

    /** Dark ink on light cells, white on dark ones (relative luminance threshold 0.45). */
    static Color textOn(Color fill) {
        double l = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return l / 255 > 0.45 ? INK : Color.WHITE;
    }

    /** Ticks covering [lo, hi] at a step of 1, 2 or 5 × 10^k with at most {@code max} + 1 ticks. */
    static List<Double> ticks(double lo, double hi, int max) {
        double span = Math.max(hi - lo, 1e-12);
        double raw = span / max;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        var out = new ArrayList<Double>();
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        for (long i = first; i <= last; i++) {
            // i·step, rounded to the step's decimals so 0.1·3 prints as 0.3
            out.add(new java.math.BigDecimal(i).multiply(java.math.BigDecimal.valueOf(step)).doubleValue());
        }
        return out;
    }

    static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font loadFont() {
        try (InputStream in = ChartStyle.class.getResourceAsStream(FONT)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // the logical font below still draws Latin text
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
