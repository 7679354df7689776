package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

/**
 * What max and average pooling share: a window sliding over each channel plane with zero padding and stride,
 * OH = ⌊(H + 2·padH − windowH) / strideH⌋ + 1; as PyTorch, padding may be at most half the window.
 * Planes (sample, channel) are processed in parallel on the engine pool.
 */
abstract class Pool2d extends AbstractLayer {
    /** The layer's name without its settings: "MaxPool2d". */
    private final String kind;
    protected final int windowH;
    protected final int windowW;
    protected final int padH;
    protected final int padW;
    protected final int strideH;
    protected final int strideW;
    protected PlaneGeometry geometry;
    private Tensor output;
    private Tensor inputGradient;

    Pool2d(String kind, int windowH, int windowW, int padH, int padW, int strideH, int strideW) {
        this.kind = kind;
        this.windowH = windowH;
        this.windowW = windowW;
        this.padH = padH;
        this.padW = padW;
        this.strideH = strideH;
        this.strideW = strideW;
        PlaneGeometry.checkSettings(describe(), "window", windowH, windowW, padH, padW, strideH, strideW);
        if (2 * padH > windowH || 2 * padW > windowW) {
            throw new IllegalArgumentException(describe() + ": padding " + padH + "×" + padW
                    + " is more than half the " + windowH + "×" + windowW + " window; use padding of at most "
                    + windowH / 2 + "×" + windowW / 2);
        }
    }

    /** True for 2×2 windows with stride 2 and no padding, the common case that has unrolled loops. */
    protected boolean halving() {
        return windowH == 2 && windowW == 2 && strideH == 2 && strideW == 2 && padH == 0 && padW == 0;
    }

    /** What to do at one output position {@code o} (index in its plane) with its window rows and columns. */
    interface WindowAction {
        void at(int o, int rowFrom, int rowTo, int colFrom, int colTo);
    }

    /**
     * Calls {@code action} for every output position of a plane, row by row, with its window clipped to the
     * input: rows [rowFrom, rowTo) and columns [colFrom, colTo); padded cells lie outside and are skipped.
     */
    protected final void forEachWindow(WindowAction action) {
        int height = geometry.height();
        int width = geometry.width();
        int outW = geometry.outW();
        for (int oy = 0; oy < geometry.outH(); oy++) {
            int rowFrom = Math.max(0, oy * strideH - padH);
            int rowTo = Math.min(height, oy * strideH - padH + windowH);
            for (int ox = 0; ox < outW; ox++) {
                action.at(oy * outW + ox, rowFrom, rowTo, Math.max(0, ox * strideW - padW),
                        Math.min(width, ox * strideW - padW + windowW));
            }
        }
    }

    /** Pools one channel plane: input values from xOffset, output values from yOffset. */
    abstract void forwardPlane(float[] x, int xOffset, float[] y, int yOffset);

    /** The same for 2×2 windows with stride 2 and no padding ({@link #halving()}), with unrolled loops. */
    abstract void forwardHalving(float[] x, int xOffset, float[] y, int yOffset);

    /** dx for one plane from dy; the plane is zero first unless {@link #writesWholePlane()}. */
    abstract void backwardPlane(float[] dy, int dyOffset, float[] dx, int dxOffset);

    /** Whether backwardPlane writes every value of dx's plane itself (so it need not be zeroed first). */
    boolean writesWholePlane() {
        return false;
    }

    /** Called before the planes of a forward pass run, with the number of planes (for per-plane buffers). */
    void prepare(int planes) {
    }

    @Override
    public String describe() {
        var sb = new StringBuilder(kind).append('(').append(windowH).append('×').append(windowW);
        if (padH != 0 || padW != 0) {
            sb.append(", pad ").append(padH == padW ? String.valueOf(padH) : padH + "×" + padW);
        }
        if (strideH != windowH || strideW != windowW) {
            sb.append(", stride ").append(strideH == strideW ? String.valueOf(strideH) : strideH + "×" + strideW);
        }
        return sb.append(')').toString();
    }

    @Override
    public Shape outputShape(Shape input) {
        return geometry(input).outputShape(input.dim(0));
    }

    private PlaneGeometry geometry(Shape input) {
        return PlaneGeometry.of(describe(), "window", input, windowH, windowW, padH, padW, strideH, strideW);
    }

    @Override
    public long flops(Shape input) {
        PlaneGeometry geo = geometry(input);
        return (long) geo.channels() * geo.outputPlaneSize() * windowH * windowW;
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        Shape outShape = batchOutputShape(input);
        geometry = geometry(input.shape().withoutBatch());
        output = reuse(output, outShape);
        int planes = input.shape().dim(0) * geometry.channels();
        int inPlane = geometry.inputPlaneSize();
        int outPlane = geometry.outputPlaneSize();
        prepare(planes);
        boolean halving = halving();
        float[] x = input.data();
        float[] y = output.data();
        pool().forRange(planes, Math.max(1, 4096 / Math.max(1, inPlane)), (from, to) -> {
            for (int t = from; t < to; t++) {
                if (halving) {
                    forwardHalving(x, t * inPlane, y, t * outPlane);
                } else {
                    forwardPlane(x, t * inPlane, y, t * outPlane);
                }
            }
        });
        inputGradient = reuse(inputGradient, input.shape());
        return produced(output);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        if (!acceptOutputGradient(outputGradient)) {
            return null;
        }
        int inPlane = geometry.inputPlaneSize();
        int outPlane = geometry.outputPlaneSize();
        float[] dy = outputGradient.data();
        float[] dx = inputGradient.data();
        int planes = dx.length / Math.max(1, inPlane);
        boolean zeroFirst = !writesWholePlane();
        pool().forRange(planes, Math.max(1, 4096 / Math.max(1, inPlane)), (from, to) -> {
            if (zeroFirst) {
                java.util.Arrays.fill(dx, from * inPlane, to * inPlane, 0f);
            }
            for (int t = from; t < to; t++) {
                backwardPlane(dy, t * outPlane, dx, t * inPlane);
            }
        });
        return inputGradient;
    }
}
