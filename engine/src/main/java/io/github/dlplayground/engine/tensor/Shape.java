package io.github.dlplayground.engine.tensor;

import java.util.Arrays;

/**
 * The dimensions of a tensor, outermost first: [batch, features] or [batch, channels, height, width].
 * Immutable; a shape without its batch dimension describes one sample (e.g. 1×28×28).
 */
public final class Shape {
    private final int[] dims;

    private Shape(int[] dims) {
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(dims) + " has a negative dimension");
            }
        }
        this.dims = dims;
    }

    public static Shape of(int... dims) {
        return new Shape(dims.clone());
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int i) {
        return dims[i];
    }

    public int[] dims() {
        return dims.clone();
    }

    /** Product of all dimensions. */
    public int size() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shape " + this + " holds more than 2^31 elements");
        }
        return (int) n;
    }

    /** The same shape with a leading batch dimension added. */
    public Shape withBatch(int batch) {
        int[] d = new int[dims.length + 1];
        d[0] = batch;
        System.arraycopy(dims, 0, d, 1, dims.length);
        return new Shape(d);
    }

    /** This shape without its first (batch) dimension. */
    public Shape withoutBatch() {
        return new Shape(Arrays.copyOfRange(dims, 1, dims.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** Written as students read it: 6×28×28. */
    @Override
    public String toString() {
        var sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) {
                sb.append('×');
            }
            sb.append(dims[i]);
        }
        return sb.toString();
    }
}
