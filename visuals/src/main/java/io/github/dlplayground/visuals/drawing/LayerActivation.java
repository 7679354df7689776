package io.github.dlplayground.visuals.drawing;

/**
 * What one layer produced for one input: a title (e.g. "Conv2d(1→8, 5×5) · 8×28×28") and its output as
 * channels × height × width values (a vector of n features is n × 1 × 1), row-major.
 */
public record LayerActivation(String title, int channels, int height, int width, float[] values) {
    public LayerActivation {
        if (values.length != channels * height * width) {
            throw new IllegalArgumentException("layer " + title + ": " + channels + "×" + height + "×" + width
                    + " needs " + channels * height * width + " values, got " + values.length);
        }
    }

    /** True for a feature vector (drawn as a strip of cells rather than maps). */
    public boolean isVector() {
        return height == 1 && width == 1;
    }

    /** {min, max} of the values. */
    public float[] range() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new float[] {min, max};
    }
}
