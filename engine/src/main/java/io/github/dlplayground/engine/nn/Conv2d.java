package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Rng;
import io.github.dlplayground.engine.util.Simd;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 2-D convolution as deep-learning frameworks define it (cross-correlation): y[n, o, oy, ox] = b[o] +
 * Σ_{c,i,j} W[o, c, i, j]·x[n, c, oy·sh − ph + i, ox·sw − pw + j], zero padding; x [N, C, H, W],
 * W [out, C, kh, kw], b [out]. Thin stride-1 layers run the Vector API loops of {@link SimdConvolution} or
 * {@link InterleavedConvolution} where the module is there ({@link Simd}), else Java loops over each sample
 * ({@link DirectConvolution}); the others, like all strided layers, run as im2col + GEMM on the backend per block
 * of samples ({@link GemmConvolution}).
 */
public final class Conv2d extends AbstractLayer {
    /** How the products are computed: chosen from the layer's shape, or forced by tests. */
    enum Method {
        AUTO, SIMD, INTERLEAVED, DIRECT, GEMM
    }

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

    /** Largest layers the Vector API loops take: LeNet's second layer (16 outputs, 6·5·5 = 150 taps) fits. */
    private static final int SIMD_MAX_OUT_CHANNELS = 16;
    private static final int SIMD_MAX_TAPS = 256;

    private int columnBufferLimit = GemmConvolution.COLUMN_BUFFER_LIMIT;
    private Method method = Method.AUTO;
    private Tensor input;
    private Tensor output;
    private Tensor inputGradient;
    private PlaneGeometry geometry;
    private final Map<Method, ConvolutionLoops> loopsByMethod = new EnumMap<>(Method.class);
    /** The loops of the last forward pass (null when it ran im2col + GEMM), which its backward pass uses. */
    private ConvolutionLoops loops;
    private GemmConvolution gemm;

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
        gemm = null;
    }

    /** Forces a way of computing the products, so that tests can compare them on the same layer. */
    void useMethod(Method method) {
        this.method = method;
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
        PlaneGeometry geo = geometry(input.shape().withoutBatch());
        output = reuse(output, outShape);
        float[] x = input.data();
        Method chosen = method(geo, n);
        if (chosen == Method.GEMM) {
            if (gemm == null || !gemm.geometry().equals(geo)) {
                gemm = new GemmConvolution(geo, outChannels, columnBufferLimit);
            }
            gemm.forward(backend(), x, n, weight.value(), bias.value(), output.data(), training);
            loops = null;
        } else {
            loops = loops(chosen, geo);
            loops.forward(pool(), x, n, weight.value(), bias.value(), output.data());
        }
        geometry = geo;
        return produced(output);
    }

    /**
     * Thin stride-1 layers: the Vector API loops where the module is there ({@link Simd}), interleaving samples for
     * small planes; otherwise Java loops. The rest: im2col + GEMM, which is faster once a layer has more output
     * channels or taps than LeNet's (measured: 32 or more output channels lose in the backward pass; see
     * docs/benchmarks.md).
     */
    private Method method(PlaneGeometry geo, int n) {
        if (method != Method.AUTO) {
            return method;
        }
        if (strideH != 1 || strideW != 1) {
            return Method.GEMM;
        }
        if (Simd.available() && outChannels <= SIMD_MAX_OUT_CHANNELS
                && (long) inChannels * kernelH * kernelW <= SIMD_MAX_TAPS) {
            return InterleavedConvolution.suits(geo, n) ? Method.INTERLEAVED : Method.SIMD;
        }
        return DirectConvolution.suits(outChannels, kernelH, kernelW, strideH, strideW, inChannels)
                ? Method.DIRECT : Method.GEMM;
    }

    /**
     * The loops of that method for this geometry, kept per method: a layer whose batches switch between methods
     * (small evaluation batches between training batches) keeps the buffers of each.
     */
    private ConvolutionLoops loops(Method chosen, PlaneGeometry geo) {
        ConvolutionLoops kept = loopsByMethod.get(chosen);
        if (kept == null || !kept.geometry().equals(geo)) {
            kept = switch (chosen) {
                case SIMD -> new SimdConvolution(geo, outChannels);
                case INTERLEAVED -> new InterleavedConvolution(geo, outChannels);
                default -> new DirectConvolution(geo, outChannels);
            };
            loopsByMethod.put(chosen, kept);
        }
        return kept;
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        acceptOutputGradient(outputGradient);
        int n = input.shape().dim(0);
        float[] dy = outputGradient.data();
        accumulateBiasGradient(dy, n, geometry.outputPlaneSize());
        float[] dx = null;
        if (inputGradientNeeded()) {
            inputGradient = reuse(inputGradient, input.shape());
            dx = inputGradient.data();
        }
        if (loops != null) {
            loops.backward(pool(), input.data(), dy, n, weight.value(), weight.grad(), dx);
        } else {
            gemm.backward(backend(), input.data(), dy, n, weight.value(), weight.grad(), dx);
        }
        return dx == null ? null : inputGradient;
    }

    /**
     * ∂b[o] += Σ over samples and positions of ∂y[n, o, ·]: per plane in float (in vector lanes where the Vector API
     * is there, else 4 lanes), across planes in double.
     */
    private void accumulateBiasGradient(float[] dy, int n, int plane) {
        float[] db = bias.grad();
        boolean vectorLoops = Simd.available();
        pool().forRange(outChannels, 1, (from, to) -> {
            for (int o = from; o < to; o++) {
                double sum = 0;
                for (int s = 0; s < n; s++) {
                    int start = (s * outChannels + o) * plane;
                    sum += vectorLoops ? SimdKernels.sum(dy, start, plane) : planeSum(dy, start, plane);
                }
                db[o] += (float) sum;
            }
        });
    }

    private static float planeSum(float[] x, int start, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += x[start + i];
            s1 += x[start + i + 1];
            s2 += x[start + i + 2];
            s3 += x[start + i + 3];
        }
        for (; i < length; i++) {
            s0 += x[start + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
