package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;

/** Shape arithmetic shared by the layer specs. */
final class Shapes {
    private Shapes() {
    }

    /** "6×14×14 = 1176" for images, "1176" for vectors. */
    static String withSize(Shape s) {
        return s.rank() == 1 ? s.toString() : s + " = " + s.size();
    }

    /** Requires C×H×W and returns it, or says what the layer needs. */
    static void requireImage(Shape input) {
        if (input.rank() != 3) {
            throw new SpecException("needs an image input (channels×height×width) but receives "
                    + (input.rank() == 1 ? "a vector of " + input : input)
                    + " — move it before Flatten, or set the network input to channels×height×width");
        }
    }

    /** ⌊(in + 2·pad − kernel) / stride⌋ + 1, or −1 when the window does not fit. */
    static int slide(int in, int kernel, int pad, int stride) {
        int span = in + 2 * pad - kernel;
        return span < 0 ? -1 : span / stride + 1;
    }

    /** Output height and width of a sliding window, or a message naming what to change. */
    static int[] window(Shape input, Size2 kernel, Size2 padding, Size2 stride) {
        int h = input.dim(1);
        int w = input.dim(2);
        int oh = slide(h, kernel.height(), padding.height(), stride.height());
        int ow = slide(w, kernel.width(), padding.width(), stride.width());
        if (oh <= 0 || ow <= 0) {
            throw new SpecException("its " + kernel.height() + "×" + kernel.width() + " window does not fit into the "
                    + h + "×" + w + " input with padding " + padding + " — use a smaller kernel_size or more padding");
        }
        return new int[] {oh, ow};
    }

    /** Output C×H'×W' of a pooling window, which keeps the channels. */
    static Shape pool(Shape input, Size2 kernel, Size2 padding, Size2 stride) {
        requireImage(input);
        int[] hw = window(input, kernel, padding, stride);
        return Shape.of(input.dim(0), hw[0], hw[1]);
    }

    /** The checks of PyTorch's pooling layers: sizes positive, padding at most half the kernel. */
    static java.util.List<String> poolProblems(Size2 kernel, Size2 padding, Size2 stride) {
        var out = new java.util.ArrayList<String>();
        positive(out, "kernel_size", kernel);
        nonNegative(out, "padding", padding);
        positive(out, "stride", stride);
        if (2 * padding.height() > kernel.height() || 2 * padding.width() > kernel.width()) {
            out.add("padding " + padding + " must be at most half of kernel_size " + kernel);
        }
        return out;
    }

    static String describeWindow(String name, Size2 kernel, Size2 padding, Size2 stride) {
        var sb = new StringBuilder(name).append("(").append(kernel.height()).append("×").append(kernel.width());
        if (!stride.equals(kernel)) {
            sb.append(", stride ").append(stride);
        }
        if (padding.height() != 0 || padding.width() != 0) {
            sb.append(", padding ").append(padding);
        }
        return sb.append(")").toString();
    }

    static void positive(java.util.List<String> out, String field, int value) {
        if (value < 1) {
            out.add(field + " must be at least 1, got " + value);
        }
    }

    static void positive(java.util.List<String> out, String field, Size2 value) {
        if (value.height() < 1 || value.width() < 1) {
            out.add(field + " must be at least 1, got " + value);
        }
    }

    static void nonNegative(java.util.List<String> out, String field, Size2 value) {
        if (value.height() < 0 || value.width() < 0) {
            out.add(field + " must be zero or more, got " + value);
        }
    }
}
