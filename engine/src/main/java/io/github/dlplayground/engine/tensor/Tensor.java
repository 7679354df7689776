package io.github.dlplayground.engine.tensor;

/**
 * A float32 tensor: a contiguous row-major {@code float[]} and its {@link Shape}.
 * Element (n, c, h, w) of an N×C×H×W tensor lives at ((n·C + c)·H + h)·W + w.
 */
public final class Tensor {
    private final Shape shape;
    private final float[] data;

    public Tensor(Shape shape, float[] data) {
        if (data.length != shape.size()) {
            throw new IllegalArgumentException("tensor of shape " + shape + " needs " + shape.size()
                    + " values, got " + data.length);
        }
        this.shape = shape;
        this.data = data;
    }

    public static Tensor zeros(Shape shape) {
        return new Tensor(shape, new float[shape.size()]);
    }

    public static Tensor zeros(int... dims) {
        return zeros(Shape.of(dims));
    }

    public Shape shape() {
        return shape;
    }

    /** The backing array (shared, not copied). */
    public float[] data() {
        return data;
    }

    public int size() {
        return data.length;
    }

    /** The same data seen with another shape of equal size. */
    public Tensor reshape(Shape newShape) {
        return new Tensor(newShape, data);
    }

    public Tensor copy() {
        return new Tensor(shape, data.clone());
    }

    public float get(int... index) {
        return data[offset(index)];
    }

    public void set(float value, int... index) {
        data[offset(index)] = value;
    }

    private int offset(int[] index) {
        if (index.length != shape.rank()) {
            throw new IllegalArgumentException("index of rank " + index.length + " for a tensor of shape " + shape);
        }
        int off = 0;
        for (int i = 0; i < index.length; i++) {
            int d = shape.dim(i);
            if (index[i] < 0 || index[i] >= d) {
                throw new IndexOutOfBoundsException("index " + index[i] + " out of range 0.." + (d - 1)
                        + " in dimension " + i + " of shape " + shape);
            }
            off = off * d + index[i];
        }
        return off;
    }
}
