package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.List;

/**
 * 2-D convolution as deep-learning frameworks define it (cross-correlation): y[n, o, oy, ox] = b[o] +
 * Σ_{c,i,j} W[o, c, i, j]·x[n, c, oy·sh − ph + i, ox·sw − pw + j], zero padding; x [N, C, H, W],
 * W [out, C, kh, kw], b [out]. Computed as im2col + one GEMM per chunk of samples: Y [out, g·OH·OW] = W·cols.
 */
public final class Conv2d extends AbstractLayer {
    /** Largest im2col buffer in floats (32 MiB); bigger batches are processed in chunks of samples. */
    private static final int COLUMN_BUFFER_LIMIT = 1 << 23;
    private static final int GRAIN = 1 << 14;

    private final int inChannels;
    private final int outChannels;
    private final int kernelH;
    private final int kernelW;
    private final int padH;
    private final int padW;
    private final int strideH;
    private final int strideW;
    private final Parameter weight;
    private final Parameter bias;

    private int columnBufferLimit = COLUMN_BUFFER_LIMIT;
    private Tensor input;
    private Tensor output;
    private Tensor inputGradient;
    private PlaneGeometry geometry;
    private int chunk;
    private boolean columnsHoldWholeBatch;
    private float[] columns;
    private float[] columnGradient;
    private float[] product;

    public Conv2d(int inChannels, int outChannels, int kernelH, int kernelW, int padH, int padW,
                  int strideH, int strideW) {
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelH = kernelH;
        this.kernelW = kernelW;
        this.padH = padH;
        this.padW = padW;
        this.strideH = strideH;
        this.strideW = strideW;
        if (inChannels < 1 || outChannels < 1) {
            throw new IllegalArgumentException(describe() + ": input and output channels must be at least 1");
        }
        PlaneGeometry.checkSettings(describe(), "kernel", kernelH, kernelW, padH, padW, strideH, strideW);
        this.weight = new Parameter("weight", Shape.of(outChannels, inChannels, kernelH, kernelW));
        this.bias = new Parameter("bias", Shape.of(outChannels));
        initialize(Init.pytorchDefault(), new Rng(0));
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    public int inChannels() {
        return inChannels;
    }

    public int outChannels() {
        return outChannels;
    }

    /** Caps the im2col buffer (in floats) so that tests can exercise batches split into chunks. */
    void limitColumnBuffer(int floats) {
        columnBufferLimit = floats;
    }

    @Override
    public String describe() {
        var sb = new StringBuilder("Conv2d(").append(inChannels).append('→').append(outChannels).append(", ")
                .append(kernelH).append('×').append(kernelW);
        if (padH != 0 || padW != 0) {
            sb.append(", pad ").append(padH == padW ? String.valueOf(padH) : padH + "×" + padW);
        }
        if (strideH != 1 || strideW != 1) {
            sb.append(", stride ").append(strideH == strideW ? String.valueOf(strideH) : strideH + "×" + strideW);
        }
        return sb.append(')').toString();
    }

    @Override
    public void initialize(Init init, Rng rng) {
        int area = kernelH * kernelW;
        init.fill(weight, bias, inChannels * area, outChannels * area, rng);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public Shape outputShape(Shape input) {
        return geometry(input).outputShape(outChannels);
    }

    private PlaneGeometry geometry(Shape input) {
        PlaneGeometry geo = PlaneGeometry.of(describe(), "kernel", input, kernelH, kernelW, padH, padW,
                strideH, strideW);
        if (geo.channels() != inChannels) {
            throw new IllegalArgumentException(describe() + " expects " + inChannels + " input channel"
                    + (inChannels == 1 ? "" : "s") + ", got images " + input + ": set its input channels to "
                    + geo.channels());
        }
        return geo;
    }

    @Override
    public long flops(Shape input) {
        long positions = (long) outChannels * geometry(input).outputPlaneSize();
        return positions * (2L * inChannels * kernelH * kernelW + 1);
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        Shape outShape = batchOutputShape(input);
        int n = input.shape().dim(0);
        this.input = input;
        geometry = geometry(input.shape().withoutBatch());
        output = reuse(output, outShape);
        int rows = inChannels * kernelH * kernelW;
        int plane = geometry.outputPlaneSize();
        chunk = (int) Math.max(1, Math.min(n, columnBufferLimit / ((long) rows * plane)));
        columns = reuse(columns, rows * chunk * plane);
        product = reuse(product, outChannels * chunk * plane);
        for (int n0 = 0; n0 < n; n0 += chunk) {
            int g = Math.min(chunk, n - n0);
            int ld = g * plane;
            Im2col.unfold(pool(), geometry, input.data(), n0, g, columns);
            backend().sgemm(false, false, outChannels, ld, rows, 1f, weight.value(), 0, rows,
                    columns, 0, ld, 0f, product, 0, ld);
            scatterWithBias(n0, g);
        }
        columnsHoldWholeBatch = chunk >= n;
        return produced(output);
    }

    /** y[n₀+s, o, p] = product[o, s·P + p] + b[o]: from the GEMM's [out, g·P] layout to [N, out, P]. */
    private void scatterWithBias(int n0, int g) {
        int plane = geometry.outputPlaneSize();
        int ld = g * plane;
        float[] y = output.data();
        float[] b = bias.value();
        float[] source = product;
        pool().forRange(g * outChannels, Math.max(1, GRAIN / plane), (from, to) -> {
            for (int t = from; t < to; t++) {
                int s = t / outChannels;
                int o = t % outChannels;
                int src = o * ld + s * plane;
                int dst = ((n0 + s) * outChannels + o) * plane;
                float bo = b[o];
                for (int p = 0; p < plane; p++) {
                    y[dst + p] = source[src + p] + bo;
                }
            }
        });
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        acceptOutputGradient(outputGradient);
        int n = input.shape().dim(0);
        int rows = inChannels * kernelH * kernelW;
        int plane = geometry.outputPlaneSize();
        float[] dy = outputGradient.data();
        accumulateBiasGradient(dy, n, plane);
        boolean needInput = inputGradientNeeded();
        if (needInput) {
            inputGradient = reuse(inputGradient, input.shape());
            columnGradient = reuse(columnGradient, columns.length);
        }
        for (int n0 = 0; n0 < n; n0 += chunk) {
            int g = Math.min(chunk, n - n0);
            int ld = g * plane;
            if (!columnsHoldWholeBatch) {
                Im2col.unfold(pool(), geometry, input.data(), n0, g, columns);
            }
            gather(dy, n0, g);
            backend().sgemm(false, true, outChannels, rows, ld, 1f, product, 0, ld, columns, 0, ld,
                    1f, weight.grad(), 0, rows);
            if (needInput) {
                backend().sgemm(true, false, rows, ld, outChannels, 1f, weight.value(), 0, rows, product, 0, ld,
                        0f, columnGradient, 0, ld);
                Im2col.fold(pool(), geometry, columnGradient, n0, g, inputGradient.data());
            }
        }
        return needInput ? inputGradient : null;
    }

    /** product[o, s·P + p] = dy[n₀+s, o, p]: the output gradient in the GEMM's layout. */
    private void gather(float[] dy, int n0, int g) {
        int plane = geometry.outputPlaneSize();
        int ld = g * plane;
        float[] target = product;
        pool().forRange(g * outChannels, Math.max(1, GRAIN / plane), (from, to) -> {
            for (int t = from; t < to; t++) {
                int s = t / outChannels;
                int o = t % outChannels;
                System.arraycopy(dy, ((n0 + s) * outChannels + o) * plane, target, o * ld + s * plane, plane);
            }
        });
    }

    private void accumulateBiasGradient(float[] dy, int n, int plane) {
        float[] db = bias.grad();
        pool().forRange(outChannels, 1, (from, to) -> {
            for (int o = from; o < to; o++) {
                double sum = 0;
                for (int s = 0; s < n; s++) {
                    int base = (s * outChannels + o) * plane;
                    for (int p = 0; p < plane; p++) {
                        sum += dy[base + p];
                    }
                }
                db[o] += (float) sum;
            }
        });
    }
}
