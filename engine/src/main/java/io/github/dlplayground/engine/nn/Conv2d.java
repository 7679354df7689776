package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;

import java.util.List;

/**
 * 2-D convolution as deep-learning frameworks define it (cross-correlation): y[n, o, oy, ox] = b[o] +
 * Σ_{c,i,j} W[o, c, i, j]·x[n, c, oy·sh − ph + i, ox·sw − pw + j], zero padding; x [N, C, H, W],
 * W [out, C, kh, kw], b [out]. Computed per block of g samples as im2col + GEMM, Y [out, g·OH·OW] = W·cols;
 * backward recomputes each block's columns (cheaper than keeping them) for ∂W += ∂Y·colsᵀ and ∂cols = Wᵀ·∂Y.
 */
public final class Conv2d extends AbstractLayer {
    /**
     * im2col buffer per block of samples, in floats (512 KiB): blocks small enough to stay in cache from
     * im2col through the GEMM, processed in parallel on the engine pool (one block sequence per thread).
     */
    private static final int COLUMN_BUFFER_LIMIT = 1 << 17;

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
    private int block;
    private float[][] columns;
    private float[][] columnGradient;
    private float[][] product;
    private float[][] weightGradient;

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

    /** Caps the im2col buffer (in floats) so that tests can choose how batches split into blocks. */
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
        block = (int) Math.max(1, Math.min(n, columnBufferLimit / ((long) rows * plane)));
        int blocks = (n + block - 1) / block;
        int slots = pool().chunks(blocks, 1);
        columns = slotBuffers(columns, slots, rows * block * plane);
        product = slotBuffers(product, slots, outChannels * block * plane);
        pool().forChunks(blocks, 1, (slot, first, last) -> {
            for (int b = first; b < last; b++) {
                int n0 = b * block;
                int g = Math.min(block, n - n0);
                int ld = g * plane;
                Im2col.unfold(pool(), geometry, input.data(), n0, g, columns[slot]);
                backend().sgemm(false, false, outChannels, ld, rows, 1f, weight.value(), 0, rows,
                        columns[slot], 0, ld, 0f, product[slot], 0, ld);
                scatterWithBias(product[slot], n0, g);
            }
        });
        return produced(output);
    }

    /** y[n₀+s, o, p] = product[o, s·P + p] + b[o]: from the GEMM's [out, g·P] layout to [N, out, P]. */
    private void scatterWithBias(float[] source, int n0, int g) {
        int plane = geometry.outputPlaneSize();
        int ld = g * plane;
        float[] y = output.data();
        float[] b = bias.value();
        for (int s = 0; s < g; s++) {
            for (int o = 0; o < outChannels; o++) {
                int src = o * ld + s * plane;
                int dst = ((n0 + s) * outChannels + o) * plane;
                float bo = b[o];
                for (int p = 0; p < plane; p++) {
                    y[dst + p] = source[src + p] + bo;
                }
            }
        }
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
        }
        int blocks = (n + block - 1) / block;
        int slots = pool().chunks(blocks, 1);
        columnGradient = needInput ? slotBuffers(columnGradient, slots, rows * block * plane) : columnGradient;
        weightGradient = slotBuffers(weightGradient, slots, outChannels * rows);
        pool().forChunks(blocks, 1, (slot, first, last) -> {
            float[] partial = weightGradient[slot];
            java.util.Arrays.fill(partial, 0, outChannels * rows, 0f);
            for (int b = first; b < last; b++) {
                int n0 = b * block;
                int g = Math.min(block, n - n0);
                int ld = g * plane;
                Im2col.unfold(pool(), geometry, input.data(), n0, g, columns[slot]);
                gather(dy, n0, g, product[slot]);
                backend().sgemm(false, true, outChannels, rows, ld, 1f, product[slot], 0, ld, columns[slot], 0, ld,
                        1f, partial, 0, rows);
                if (needInput) {
                    backend().sgemm(true, false, rows, ld, outChannels, 1f, weight.value(), 0, rows,
                            product[slot], 0, ld, 0f, columnGradient[slot], 0, ld);
                    Im2col.fold(pool(), geometry, columnGradient[slot], n0, g, inputGradient.data());
                }
            }
        });
        // Partial sums added in slot order: the same split gives bit-identical gradients.
        float[] dw = weight.grad();
        for (int slot = 0; slot < slots; slot++) {
            float[] partial = weightGradient[slot];
            for (int i = 0; i < dw.length; i++) {
                dw[i] += partial[i];
            }
        }
        return needInput ? inputGradient : null;
    }

    /** target[o, s·P + p] = dy[n₀+s, o, p]: the output gradient in the GEMM's layout. */
    private void gather(float[] dy, int n0, int g, float[] target) {
        int plane = geometry.outputPlaneSize();
        int ld = g * plane;
        for (int s = 0; s < g; s++) {
            for (int o = 0; o < outChannels; o++) {
                System.arraycopy(dy, ((n0 + s) * outChannels + o) * plane, target, o * ld + s * plane, plane);
            }
        }
    }

    /** One buffer of at least {@code size} floats per slot (parallel chunk), kept while large enough. */
    private static float[][] slotBuffers(float[][] buffers, int slots, int size) {
        float[][] result = buffers != null && buffers.length >= slots ? buffers : new float[slots][];
        for (int slot = 0; slot < slots; slot++) {
            result[slot] = reuse(result[slot], size);
        }
        return result;
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
