// DL Playground's CUDA kernels: the GPU half of the engine's numerics, one kernel per operation of the
// pure-Java layers, written to follow the same formulas in the same order where that is cheap.
// Compiled ahead of time to PTX by build-ptx.sh; the PTX is loaded by the driver API (cuModuleLoadData).
// All matrices and tensors are row-major float32, as in the Java engine; "size" arguments are element counts.

#define GOLDEN 0x9E3779B97F4A7C15ULL

// ---------------------------------------------------------------------------------------------------------
// SGEMM: C <- alpha * op(A) * op(B) + beta * C, op(A) m x k, op(B) k x n, C m x n, leading dimensions lda,
// ldb, ldc (row strides). Block tile 64 x 64, depth 16; 16 x 16 threads each compute a 4 x 4 sub-block
// (rows ty + 16r, columns tx + 16c). Tiles are staged in shared memory, padded by one column against
// bank conflicts. beta == 0 overwrites C (NaNs in C are ignored, as in BLAS).
// ---------------------------------------------------------------------------------------------------------
#define GEMM_BM 64
#define GEMM_BN 64
#define GEMM_BK 16

// One 64 x 64 tile of C (block x, y) from the depth range [pBegin, pEnd) of the product.
__device__ void sgemm_tile(int transA, int transB, int m, int n, int pBegin, int pEnd, float alpha,
                           const float* a, int lda, const float* b, int ldb, float beta, float* c, int ldc) {
    __shared__ float as[GEMM_BK][GEMM_BM + 1];
    __shared__ float bs[GEMM_BK][GEMM_BN + 1];
    int tx = threadIdx.x;
    int ty = threadIdx.y;
    int tid = ty * 16 + tx;
    int row0 = blockIdx.y * GEMM_BM;
    int col0 = blockIdx.x * GEMM_BN;
    float acc[4][4];
    for (int r = 0; r < 4; r++) {
        for (int q = 0; q < 4; q++) {
            acc[r][q] = 0.0f;
        }
    }
    for (int p0 = pBegin; p0 < pEnd; p0 += GEMM_BK) {
        for (int t = 0; t < 4; t++) {
            int e = tid + t * 256;
            // Consecutive threads read consecutive addresses of A in both layouts.
            int i = transA ? e % GEMM_BM : e / GEMM_BK;
            int p = transA ? e / GEMM_BM : e % GEMM_BK;
            int gi = row0 + i;
            int gp = p0 + p;
            float v = 0.0f;
            if (gi < m && gp < pEnd) {
                v = transA ? a[(long long) gp * lda + gi] : a[(long long) gi * lda + gp];
            }
            as[p][i] = v;
        }
        for (int t = 0; t < 4; t++) {
            int e = tid + t * 256;
            int j = transB ? e / GEMM_BK : e % GEMM_BN;
            int p = transB ? e % GEMM_BK : e / GEMM_BN;
            int gj = col0 + j;
            int gp = p0 + p;
            float v = 0.0f;
            if (gj < n && gp < pEnd) {
                v = transB ? b[(long long) gj * ldb + gp] : b[(long long) gp * ldb + gj];
            }
            bs[p][j] = v;
        }
        __syncthreads();
        for (int p = 0; p < GEMM_BK; p++) {
            float ar[4];
            float br[4];
            for (int r = 0; r < 4; r++) {
                ar[r] = as[p][ty + 16 * r];
                br[r] = bs[p][tx + 16 * r];
            }
            for (int r = 0; r < 4; r++) {
                for (int q = 0; q < 4; q++) {
                    acc[r][q] += ar[r] * br[q];
                }
            }
        }
        __syncthreads();
    }
    for (int r = 0; r < 4; r++) {
        int gi = row0 + ty + 16 * r;
        for (int q = 0; q < 4; q++) {
            int gj = col0 + tx + 16 * q;
            if (gi < m && gj < n) {
                long long at = (long long) gi * ldc + gj;
                float v = alpha * acc[r][q];
                c[at] = beta == 0.0f ? v : v + beta * c[at];
            }
        }
    }
}

extern "C" __global__ void sgemm(int transA, int transB, int m, int n, int k, float alpha,
                                 const float* a, int lda, const float* b, int ldb,
                                 float beta, float* c, int ldc) {
    sgemm_tile(transA, transB, m, n, 0, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

// Split-k for products with few tiles of C and a long depth (the weight gradient of a convolution: C is
// out x C*kh*kw, k is batch x positions): block z multiplies the depth range [z*chunk, (z+1)*chunk) into its
// own m x n slice of partial (row stride n); sgemm_reduce then adds the slices in order of z, so the result
// does not depend on scheduling.
extern "C" __global__ void sgemm_splitk(int transA, int transB, int m, int n, int k, int chunk,
                                        const float* a, int lda, const float* b, int ldb, float* partial) {
    int pBegin = blockIdx.z * chunk;
    int pEnd = min(k, pBegin + chunk);
    sgemm_tile(transA, transB, m, n, pBegin, pEnd, 1.0f, a, lda, b, ldb, 0.0f,
               partial + (long long) blockIdx.z * m * n, n);
}

// C <- alpha * (sum over z of partial[z]) + beta * C, one thread per value of C.
extern "C" __global__ void sgemm_reduce(const float* partial, int splits, int m, int n, float alpha, float beta,
                                        float* c, int ldc) {
    long long size = (long long) m * n;
    for (long long e = blockIdx.x * (long long) blockDim.x + threadIdx.x; e < size;
         e += (long long) blockDim.x * gridDim.x) {
        float sum = 0.0f;
        for (int z = 0; z < splits; z++) {
            sum += partial[z * size + e];
        }
        long long at = (e / n) * ldc + e % n;
        float v = alpha * sum;
        c[at] = beta == 0.0f ? v : v + beta * c[at];
    }
}

// ---------------------------------------------------------------------------------------------------------
// Linear layer helpers: y [rows, cols] += b [cols]; db[j] += sum over rows of dy[row, j] (rows in order,
// accumulated in float into db[j] like the Java loop).
// ---------------------------------------------------------------------------------------------------------
extern "C" __global__ void add_bias_rows(float* y, const float* bias, int rows, int cols) {
    long long size = (long long) rows * cols;
    for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < size;
         i += (long long) blockDim.x * gridDim.x) {
        y[i] += bias[i % cols];
    }
}

extern "C" __global__ void bias_grad_rows(const float* dy, float* db, int rows, int cols) {
    for (int j = blockIdx.x * blockDim.x + threadIdx.x; j < cols; j += blockDim.x * gridDim.x) {
        float sum = db[j];
        for (int row = 0; row < rows; row++) {
            sum += dy[(long long) row * cols + j];
        }
        db[j] = sum;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Convolution as im2col + GEMM, for samples n0 ... n0+g-1 of x [N, C, H, W]. cols is [C*kh*kw, g*OH*OW]:
// row r = (c*kh + i)*kw + j, column (s, oy, ox) holds x[n0+s, c, oy*sh - ph + i, ox*sw - pw + j] or 0.
// ---------------------------------------------------------------------------------------------------------
extern "C" __global__ void im2col(const float* x, float* cols, int n0, int g, int channels, int height,
                                  int width, int kh, int kw, int ph, int pw, int sh, int sw, int outH, int outW) {
    int plane = outH * outW;
    long long ld = (long long) g * plane;
    long long size = (long long) channels * kh * kw * ld;
    for (long long e = blockIdx.x * (long long) blockDim.x + threadIdx.x; e < size;
         e += (long long) blockDim.x * gridDim.x) {
        int row = (int) (e / ld);
        int column = (int) (e % ld);
        int c = row / (kh * kw);
        int ki = row / kw % kh;
        int kj = row % kw;
        int s = column / plane;
        int oy = column % plane / outW;
        int ox = column % outW;
        int iy = oy * sh - ph + ki;
        int ix = ox * sw - pw + kj;
        float v = 0.0f;
        if (iy >= 0 && iy < height && ix >= 0 && ix < width) {
            v = x[(((long long) (n0 + s) * channels + c) * height + iy) * width + ix];
        }
        cols[e] = v;
    }
}

// dx <- fold(cols) for samples n0 ... n0+g-1: each input value is the sum of the column entries it was
// copied to (kernel rows i, j in order). One thread per input value, so no two threads write the same place.
extern "C" __global__ void col2im(const float* cols, float* dx, int n0, int g, int channels, int height,
                                  int width, int kh, int kw, int ph, int pw, int sh, int sw, int outH, int outW) {
    int plane = outH * outW;
    long long ld = (long long) g * plane;
    long long size = (long long) g * channels * height * width;
    for (long long e = blockIdx.x * (long long) blockDim.x + threadIdx.x; e < size;
         e += (long long) blockDim.x * gridDim.x) {
        int ix = (int) (e % width);
        int iy = (int) (e / width % height);
        int c = (int) (e / ((long long) width * height) % channels);
        int s = (int) (e / ((long long) width * height * channels));
        float sum = 0.0f;
        for (int ki = 0; ki < kh; ki++) {
            int ty = iy + ph - ki;
            if (ty < 0 || ty % sh != 0 || ty / sh >= outH) {
                continue;
            }
            int oy = ty / sh;
            for (int kj = 0; kj < kw; kj++) {
                int tx = ix + pw - kj;
                if (tx < 0 || tx % sw != 0 || tx / sw >= outW) {
                    continue;
                }
                int ox = tx / sw;
                long long row = (long long) (c * kh + ki) * kw + kj;
                sum += cols[row * ld + (long long) s * plane + oy * outW + ox];
            }
        }
        dx[(long long) n0 * channels * height * width + e] = sum;
    }
}

// y[n0+s, o, p] = product[o, s*P + p] + b[o]: from the GEMM's [out, g*P] layout to [N, out, P].
extern "C" __global__ void conv_scatter_bias(const float* product, const float* bias, float* y, int n0, int g,
                                             int outChannels, int plane) {
    long long size = (long long) g * outChannels * plane;
    for (long long e = blockIdx.x * (long long) blockDim.x + threadIdx.x; e < size;
         e += (long long) blockDim.x * gridDim.x) {
        int p = (int) (e % plane);
        int o = (int) (e / plane % outChannels);
        int s = (int) (e / ((long long) plane * outChannels));
        y[(long long) n0 * outChannels * plane + e] = product[((long long) o * g + s) * plane + p] + bias[o];
    }
}

// target[o, s*P + p] = dy[n0+s, o, p]: the output gradient in the GEMM's layout.
extern "C" __global__ void conv_gather(const float* dy, float* target, int n0, int g, int outChannels, int plane) {
    long long size = (long long) g * outChannels * plane;
    for (long long e = blockIdx.x * (long long) blockDim.x + threadIdx.x; e < size;
         e += (long long) blockDim.x * gridDim.x) {
        int p = (int) (e % plane);
        int o = (int) (e / plane % outChannels);
        int s = (int) (e / ((long long) plane * outChannels));
        target[((long long) o * g + s) * plane + p] = dy[(long long) n0 * outChannels * plane + e];
    }
}

// ---------------------------------------------------------------------------------------------------------
// Activations y = f(x) and their gradients dx = dy * f'(x), elementwise over size values.
// ---------------------------------------------------------------------------------------------------------
#define ELEMENTWISE(i, size) \
    for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < (size); \
         i += (long long) blockDim.x * gridDim.x)

extern "C" __global__ void relu_forward(const float* x, float* y, long long size) {
    ELEMENTWISE(i, size) {
        y[i] = x[i] > 0.0f ? x[i] : 0.0f;
    }
}

extern "C" __global__ void relu_backward(const float* x, const float* dy, float* dx, long long size) {
    ELEMENTWISE(i, size) {
        dx[i] = x[i] > 0.0f ? dy[i] : 0.0f;
    }
}

extern "C" __global__ void leaky_relu_forward(const float* x, float* y, long long size, float slope) {
    ELEMENTWISE(i, size) {
        y[i] = x[i] > 0.0f ? x[i] : slope * x[i];
    }
}

extern "C" __global__ void leaky_relu_backward(const float* x, const float* dy, float* dx, long long size,
                                               float slope) {
    ELEMENTWISE(i, size) {
        dx[i] = x[i] > 0.0f ? dy[i] : slope * dy[i];
    }
}

extern "C" __global__ void sigmoid_forward(const float* x, float* y, long long size) {
    ELEMENTWISE(i, size) {
        y[i] = 1.0f / (1.0f + expf(-x[i]));
    }
}

// sigma'(x) = sigma(x) (1 - sigma(x)), from the forward output y.
extern "C" __global__ void sigmoid_backward(const float* y, const float* dy, float* dx, long long size) {
    ELEMENTWISE(i, size) {
        dx[i] = dy[i] * y[i] * (1.0f - y[i]);
    }
}

extern "C" __global__ void tanh_forward(const float* x, float* y, long long size) {
    ELEMENTWISE(i, size) {
        y[i] = (float) tanh((double) x[i]);
    }
}

// tanh'(x) = 1 - tanh(x)^2, from the forward output y.
extern "C" __global__ void tanh_backward(const float* y, const float* dy, float* dx, long long size) {
    ELEMENTWISE(i, size) {
        dx[i] = dy[i] * (1.0f - y[i] * y[i]);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Dropout (inverted): the mask of one pass is a hash of (passSeed, index), the same SplitMix64 finaliser as
// the Java engine's Rng.hash, so a seed gives the same mask on both; mask = 0 with probability p, else keep.
// ---------------------------------------------------------------------------------------------------------
__device__ unsigned long long splitmix_mix(unsigned long long z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

extern "C" __global__ void dropout_forward(const float* x, float* y, float* mask, long long size,
                                           unsigned long long passSeed, float p, float keep) {
    ELEMENTWISE(i, size) {
        unsigned long long bits = splitmix_mix(passSeed + GOLDEN * (unsigned long long) (i + 1));
        float u = (float) (bits >> 40) * 5.9604644775390625e-8f;
        float m = u < p ? 0.0f : keep;
        mask[i] = m;
        y[i] = x[i] * m;
    }
}

extern "C" __global__ void dropout_backward(const float* dy, const float* mask, float* dx, long long size) {
    ELEMENTWISE(i, size) {
        dx[i] = dy[i] * mask[i];
    }
}

// ---------------------------------------------------------------------------------------------------------
// Pooling over planes [planes, H, W] -> [planes, OH, OW], window kh x kw, padding ph, pw, stride sh, sw.
// Max: first maximum wins ties, a NaN wins over numbers (as PyTorch and the Java engine); argmax keeps the
// winner's index in its plane. Average counts padded zeros (count_include_pad). Backward passes gather, one
// thread per input value, adding the covering outputs in row-major order (the order of the Java loops).
// ---------------------------------------------------------------------------------------------------------
extern "C" __global__ void maxpool_forward(const float* x, float* y, int* argmax, int planes, int height,
                                           int width, int kh, int kw, int ph, int pw, int sh, int sw,
                                           int outH, int outW) {
    long long size = (long long) planes * outH * outW;
    ELEMENTWISE(e, size) {
        long long t = e / ((long long) outH * outW);
        int oy = (int) (e / outW % outH);
        int ox = (int) (e % outW);
        int y0 = max(0, oy * sh - ph);
        int y1 = min(height, oy * sh - ph + kh);
        int x0 = max(0, ox * sw - pw);
        int x1 = min(width, ox * sw - pw + kw);
        const float* in = x + t * height * width;
        int best = y0 * width + x0;
        float top = in[best];
        for (int iy = y0; iy < y1; iy++) {
            for (int ix = x0; ix < x1; ix++) {
                float v = in[iy * width + ix];
                if (v > top || v != v) {
                    top = v;
                    best = iy * width + ix;
                }
            }
        }
        y[e] = top;
        argmax[e] = best;
    }
}

// First and last output index (along one axis) whose window covers input position i.
__device__ int first_cover(int i, int pad, int kernel, int stride) {
    int lo = i + pad - kernel + 1;
    return lo <= 0 ? 0 : (lo + stride - 1) / stride;
}

__device__ int last_cover(int i, int pad, int stride, int outSize) {
    return min(outSize - 1, (i + pad) / stride);
}

extern "C" __global__ void maxpool_backward(const float* dy, const int* argmax, float* dx, int planes,
                                            int height, int width, int kh, int kw, int ph, int pw, int sh, int sw,
                                            int outH, int outW) {
    long long size = (long long) planes * height * width;
    ELEMENTWISE(e, size) {
        long long t = e / ((long long) height * width);
        int iy = (int) (e / width % height);
        int ix = (int) (e % width);
        int here = iy * width + ix;
        long long base = t * outH * outW;
        float sum = 0.0f;
        for (int oy = first_cover(iy, ph, kh, sh); oy <= last_cover(iy, ph, sh, outH); oy++) {
            for (int ox = first_cover(ix, pw, kw, sw); ox <= last_cover(ix, pw, sw, outW); ox++) {
                long long at = base + oy * outW + ox;
                if (argmax[at] == here) {
                    sum += dy[at];
                }
            }
        }
        dx[e] = sum;
    }
}

extern "C" __global__ void avgpool_forward(const float* x, float* y, int planes, int height, int width,
                                           int kh, int kw, int ph, int pw, int sh, int sw, int outH, int outW) {
    long long size = (long long) planes * outH * outW;
    float scale = 1.0f / (kh * kw);
    ELEMENTWISE(e, size) {
        long long t = e / ((long long) outH * outW);
        int oy = (int) (e / outW % outH);
        int ox = (int) (e % outW);
        int y0 = max(0, oy * sh - ph);
        int y1 = min(height, oy * sh - ph + kh);
        int x0 = max(0, ox * sw - pw);
        int x1 = min(width, ox * sw - pw + kw);
        const float* in = x + t * height * width;
        float sum = 0.0f;
        for (int iy = y0; iy < y1; iy++) {
            for (int ix = x0; ix < x1; ix++) {
                sum += in[iy * width + ix];
            }
        }
        y[e] = sum * scale;
    }
}

extern "C" __global__ void avgpool_backward(const float* dy, float* dx, int planes, int height, int width,
                                            int kh, int kw, int ph, int pw, int sh, int sw, int outH, int outW) {
    long long size = (long long) planes * height * width;
    float scale = 1.0f / (kh * kw);
    ELEMENTWISE(e, size) {
        long long t = e / ((long long) height * width);
        int iy = (int) (e / width % height);
        int ix = (int) (e % width);
        long long base = t * outH * outW;
        float sum = 0.0f;
        for (int oy = first_cover(iy, ph, kh, sh); oy <= last_cover(iy, ph, sh, outH); oy++) {
            for (int ox = first_cover(ix, pw, kw, sw); ox <= last_cover(ix, pw, sw, outW); ox++) {
                sum += dy[base + oy * outW + ox] * scale;
            }
        }
        dx[e] = sum;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Softmax cross-entropy over logits z [n, k] and labels [n], one thread per row, log-sum-exp around the row
// maximum in double: rowLoss = max + log(sum exp(z - max)) - z[label]; grad = (softmax - onehot) / n;
// correct = 1 when the first largest logit is the label's.
// ---------------------------------------------------------------------------------------------------------
extern "C" __global__ void softmax_cross_entropy(const float* z, const int* labels, float* grad, double* rowLoss,
                                                 int* correct, int n, int k) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        const float* row = z + (long long) i * k;
        float* g = grad + (long long) i * k;
        double top = -1.0 / 0.0;
        int best = 0;
        float bestValue = row[0];
        for (int j = 0; j < k; j++) {
            top = fmax(top, (double) row[j]);
            if (row[j] > bestValue) {
                bestValue = row[j];
                best = j;
            }
        }
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            float e = (float) exp((double) row[j] - top);
            g[j] = e;
            sum += e;
        }
        float scale = 1.0f / n;
        for (int j = 0; j < k; j++) {
            g[j] = (float) (g[j] / sum) * scale;
        }
        int label = labels[i];
        g[label] -= scale;
        rowLoss[i] = top + log(sum) - row[label];
        correct[i] = best == label ? 1 : 0;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Optimizer updates, exactly the float32 arithmetic of the Java rules (torch.optim): every product and sum is
// rounded separately (__fmul_rn, __fadd_rn are never fused into FMAs), so both give the same bits.
// ---------------------------------------------------------------------------------------------------------
// One launch updates every parameter of a network: values[i], grads[i] and the state arrays point at parameter
// i, which holds the elements [ends[i-1], ends[i]) of the launch's range (ends[-1] = 0).

__device__ int parameter_of(const long long* ends, int count, long long e) {
    int i = 0;
    while (i < count - 1 && ends[i] <= e) {
        i++;
    }
    return i;
}

// table[index] = pointer: fills the pointer tables of the update kernels once, on the device.
extern "C" __global__ void store_pointer(void** table, int index, void* pointer) {
    if (blockIdx.x == 0 && threadIdx.x == 0) {
        table[index] = pointer;
    }
}


// SGD: g <- grad + wd*theta; with momentum b <- g (first step) or mu*b + (1 - dampening)*g, then
// g <- g + mu*b (Nesterov) or b; theta <- theta - lr*g.
extern "C" __global__ void sgd_update(float* const* values, const float* const* grads, float* const* velocities,
                                      const long long* ends, int count, long long total, float negLr,
                                      float momentum, float oneMinusDampening, float weightDecay,
                                      int useWeightDecay, int useMomentum, int nesterov, int first) {
    ELEMENTWISE(e, total) {
        int i = parameter_of(ends, count, e);
        long long j = e - (i > 0 ? ends[i - 1] : 0);
        float* value = values[i];
        float g = grads[i][j];
        if (useWeightDecay) {
            g = __fadd_rn(g, __fmul_rn(weightDecay, value[j]));
        }
        if (useMomentum) {
            float* velocity = velocities[i];
            float b = first ? g : __fadd_rn(__fmul_rn(velocity[j], momentum), __fmul_rn(oneMinusDampening, g));
            velocity[j] = b;
            g = nesterov ? __fadd_rn(g, __fmul_rn(momentum, b)) : b;
        }
        value[j] = __fadd_rn(value[j], __fmul_rn(negLr, g));
    }
}

// Adam (AMSGrad optional): m <- b1*m + (1-b1)*g; v <- b2*v + (1-b2)*g*g; vmax <- max(vmax, v);
// theta <- theta + negStepSize * m / (sqrt(v or vmax) / sqrt(1 - b2^t) + eps), negStepSize = -lr/(1 - b1^t).
extern "C" __global__ void adam_update(float* const* values, const float* const* grads, float* const* ms,
                                       float* const* vs, float* const* vmaxes, const long long* ends, int count,
                                       long long total, float negStepSize, float bc2Sqrt, float beta1,
                                       float oneMinusBeta1, float beta2, float oneMinusBeta2, float eps,
                                       float weightDecay, int useWeightDecay, int amsgrad) {
    ELEMENTWISE(e, total) {
        int i = parameter_of(ends, count, e);
        long long j = e - (i > 0 ? ends[i - 1] : 0);
        float* value = values[i];
        float* m = ms[i];
        float* v = vs[i];
        float g = grads[i][j];
        if (useWeightDecay) {
            g = __fadd_rn(g, __fmul_rn(weightDecay, value[j]));
        }
        float mj = __fadd_rn(__fmul_rn(m[j], beta1), __fmul_rn(oneMinusBeta1, g));
        float vj = __fadd_rn(__fmul_rn(v[j], beta2), __fmul_rn(__fmul_rn(oneMinusBeta2, g), g));
        m[j] = mj;
        v[j] = vj;
        float second = vj;
        if (amsgrad) {
            float* vmax = vmaxes[i];
            float old = vmax[j];
            // Java's Math.max: NaN if either is NaN.
            float top = (old != old || vj != vj) ? old + vj : (old >= vj ? old : vj);
            vmax[j] = top;
            second = top;
        }
        float denom = __fadd_rn(__fdiv_rn(__fsqrt_rn(second), bc2Sqrt), eps);
        value[j] = __fadd_rn(value[j], __fdiv_rn(__fmul_rn(negStepSize, mj), denom));
    }
}
