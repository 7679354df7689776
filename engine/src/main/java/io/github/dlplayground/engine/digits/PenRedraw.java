package io.github.dlplayground.engine.digits;

/**
 * A digit re-drawn the way a person draws on the pad: the image is enlarged {@link #SCALE}× (bilinear),
 * cut at ink 0.5, thinned to its centre line (Zhang–Suen), and that line is traced with a round pen of any
 * radius r: ink(p) = clamp(r + ½ − d(p, centre line), 0, 1). Thin mouse lines and thick marker strokes
 * of the same digit come from one skeleton.
 */
public final class PenRedraw {
    /** Enlargement before thinning: 28×28 digits are thinned at 56×56. */
    public static final int SCALE = 2;

    private final int width;
    private final int height;
    private final boolean[] skeleton;
    private final float[] distance;
    private final BoundingBox box;

    private PenRedraw(int width, int height, boolean[] skeleton) {
        this.width = width;
        this.height = height;
        this.skeleton = skeleton;
        this.box = BoundingBox.ofInk(toImage(skeleton, width, height), 0.5f);
        this.distance = box == null ? null : sqrt(DistanceTransform.squared(skeleton, width, height));
    }

    /** Prepares the centre line of {@code digit} (any size, typically 28×28). */
    public static PenRedraw of(InkImage digit) {
        int w = digit.width() * SCALE;
        int h = digit.height() * SCALE;
        boolean[] shape = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                shape[y * w + x] = bilinear(digit, (x + 0.5) / SCALE - 0.5, (y + 0.5) / SCALE - 0.5) >= 0.5f;
            }
        }
        return new PenRedraw(w, h, Thinning.skeleton(shape, w, h));
    }

    /** False when the digit had no ink at 0.5 or above (nothing to trace). */
    public boolean hasLine() {
        return box != null;
    }

    /** Longest side of the centre line's bounding box, in enlarged pixels. */
    public int lineExtent() {
        return box == null ? 0 : box.longSide();
    }

    /** Enlarged width. */
    public int width() {
        return width;
    }

    /** Enlarged height. */
    public int height() {
        return height;
    }

    /**
     * Distances to the centre line in eighths of a pixel, capped at 255 (31.9 px): a compact copy from which
     * {@link #render(byte[], int, int, double)} draws any pen up to 31 px wide.
     */
    public byte[] quantisedDistances() {
        byte[] q = new byte[width * height];
        for (int i = 0; i < q.length; i++) {
            q[i] = (byte) (distance == null ? 255 : Math.min(255, Math.round(distance[i] * 8)));
        }
        return q;
    }

    /** A pen of radius {@code radius} traced from {@link #quantisedDistances()}. */
    public static InkImage render(byte[] quantised, int width, int height, double radius) {
        float[] ink = new float[width * height];
        float[] coverage = new float[256];
        for (int v = 0; v < 256; v++) {
            coverage[v] = coverage(radius, v / 8f);
        }
        for (int i = 0; i < ink.length; i++) {
            ink[i] = coverage[quantised[i] & 0xff];
        }
        return new InkImage(width, height, ink);
    }

    /** The digit traced with a pen of radius {@code radius} (enlarged pixels), at the enlarged size. */
    public InkImage render(double radius) {
        float[] ink = new float[width * height];
        if (distance != null) {
            for (int i = 0; i < ink.length; i++) {
                ink[i] = coverage(radius, distance[i]);
            }
        }
        return new InkImage(width, height, ink);
    }

    /**
     * The digit traced on a {@code canvasSize}² canvas: enlarged pixel (i, j) lands at
     * (offsetX + (i + ½)·scale, offsetY + (j + ½)·scale); the pen radius is in canvas pixels.
     */
    public InkImage renderOnCanvas(int canvasSize, double scale, double offsetX, double offsetY, double radius) {
        boolean[] line = new boolean[canvasSize * canvasSize];
        int[][] forward = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}};
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                if (!skeleton[j * width + i]) {
                    continue;
                }
                double x0 = offsetX + (i + 0.5) * scale;
                double y0 = offsetY + (j + 0.5) * scale;
                mark(line, canvasSize, x0, y0, x0, y0);
                for (int[] d : forward) {
                    int ni = i + d[0];
                    int nj = j + d[1];
                    if (ni >= 0 && nj >= 0 && ni < width && nj < height && skeleton[nj * width + ni]) {
                        mark(line, canvasSize, x0, y0, offsetX + (ni + 0.5) * scale, offsetY + (nj + 0.5) * scale);
                    }
                }
            }
        }
        float[] d = sqrt(DistanceTransform.squared(line, canvasSize, canvasSize));
        float[] ink = new float[d.length];
        for (int k = 0; k < ink.length; k++) {
            ink[k] = coverage(radius, d[k]);
        }
        return new InkImage(canvasSize, canvasSize, ink);
    }

    private static float coverage(double radius, float distance) {
        return (float) Math.max(0, Math.min(1, radius + 0.5 - distance));
    }

    /** Marks the canvas pixels along a segment, sampled every half pixel. */
    private static void mark(boolean[] canvas, int size, double x0, double y0, double x1, double y1) {
        int steps = Math.max(1, (int) Math.ceil(2 * Math.hypot(x1 - x0, y1 - y0)));
        for (int s = 0; s <= steps; s++) {
            double t = (double) s / steps;
            int x = (int) Math.floor(x0 + t * (x1 - x0));
            int y = (int) Math.floor(y0 + t * (y1 - y0));
            if (x >= 0 && y >= 0 && x < size && y < size) {
                canvas[y * size + x] = true;
            }
        }
    }

    /** Bilinear sample at (x, y) in pixel-index coordinates; 0 outside. */
    static float bilinear(InkImage img, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = img.at(x0, y0) * (1 - fx) + img.at(x0 + 1, y0) * fx;
        double bottom = img.at(x0, y0 + 1) * (1 - fx) + img.at(x0 + 1, y0 + 1) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    private static float[] sqrt(float[] squared) {
        float[] out = new float[squared.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.sqrt(squared[i]);
        }
        return out;
    }

    private static InkImage toImage(boolean[] mask, int w, int h) {
        float[] ink = new float[w * h];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = mask[i] ? 1f : 0f;
        }
        return new InkImage(w, h, ink);
    }
}
