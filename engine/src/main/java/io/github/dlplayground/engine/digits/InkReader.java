package io.github.dlplayground.engine.digits;

import java.util.Arrays;

/**
 * Turns coloured pixels into ink, whichever way round the drawing is: with transparency, ink is opacity;
 * otherwise the paper is the median luminance of the border, and ink is how far a pixel's luminance
 * Y = 0.299R + 0.587G + 0.114B departs from it towards the far end (dark ink on light paper, or light on dark).
 */
public final class InkReader {
    private InkReader() {
    }

    /** Ink of {@code width × height} pixels given as 0xAARRGGBB, row-major. */
    public static InkImage fromArgb(int width, int height, int[] argb) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(width + "×" + height + " pixels expected, got " + argb.length);
        }
        float[] ink = new float[argb.length];
        if (hasTransparentBorder(width, height, argb)) {
            for (int i = 0; i < argb.length; i++) {
                ink[i] = (argb[i] >>> 24) / 255f;
            }
            return new InkImage(width, height, ink);
        }
        float paper = median(borderLuminance(width, height, argb));
        boolean lightPaper = paper >= 0.5f;
        float range = lightPaper ? paper : 1f - paper;
        for (int i = 0; i < argb.length; i++) {
            float y = luminance(argb[i]);
            float v = range <= 0f ? 0f : (lightPaper ? paper - y : y - paper) / range;
            ink[i] = Math.max(0f, Math.min(1f, v));
        }
        return new InkImage(width, height, ink);
    }

    static float luminance(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
    }

    private static boolean hasTransparentBorder(int width, int height, int[] argb) {
        int transparent = 0;
        int count = 0;
        for (int i : borderIndices(width, height)) {
            count++;
            if ((argb[i] >>> 24) < 128) {
                transparent++;
            }
        }
        return transparent * 2 > count;
    }

    private static float[] borderLuminance(int width, int height, int[] argb) {
        int[] indices = borderIndices(width, height);
        float[] values = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            values[k] = luminance(argb[indices[k]]);
        }
        return values;
    }

    /** Indices of the outermost rows and columns (each pixel once). */
    private static int[] borderIndices(int width, int height) {
        int inner = Math.max(0, height - 2);
        int[] out = new int[height == 1 ? width : 2 * width + (width == 1 ? inner : 2 * inner)];
        int n = 0;
        for (int x = 0; x < width; x++) {
            out[n++] = x;
            if (height > 1) {
                out[n++] = (height - 1) * width + x;
            }
        }
        for (int y = 1; y < height - 1; y++) {
            out[n++] = y * width;
            if (width > 1) {
                out[n++] = y * width + width - 1;
            }
        }
        return out;
    }

    private static float median(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
