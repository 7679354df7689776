// Checks every kernel of ../kernels.cu, run on the CPU by cuda_emulation.h, against plain loops that follow
// the Java engine's definitions. Prints one line per check and "N passed, M failed"; exit 1 on a failure.
#include "cuda_emulation.h"
#include "../kernels.cu"

#include <cstdio>
#include <functional>
#include <random>
#include <string>

using Vec = std::vector<float>;

static int passed = 0;
static int failed = 0;
static std::mt19937 rng(1234);

static Vec random(size_t n) {
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    Vec v(n);
    for (auto& x : v) x = u(rng);
    return v;
}

static void expect(const std::string& name, const Vec& want, const Vec& got, double tolerance) {
    double worst = 0, scale = 1;
    for (size_t i = 0; i < want.size(); i++) {
        double d = std::fabs((double) want[i] - got[i]);
        worst = std::isnan(d) ? INFINITY : std::max(worst, d);
        scale = std::max(scale, (double) std::fabs(want[i]));
    }
    bool ok = want.size() == got.size() && worst / scale <= tolerance;
    (ok ? passed : failed)++;
    std::printf("%-4s %-55s error %.2e\n", ok ? "ok" : "FAIL", name.c_str(), worst / scale);
}

static dim3 elementwise(long long size) {
    return dim3{(unsigned) std::max(1LL, std::min(65536LL, (size + 255) / 256)), 1, 1};
}
static const dim3 THREADS{256, 1, 1};

static void gemm(bool ta, bool tb, int m, int n, int k, float alpha, const float* a, int lda, const float* b,
                 int ldb, float beta, float* c, int ldc) {
    launch(dim3{(unsigned) (n + 63) / 64, (unsigned) (m + 63) / 64, 1}, dim3{16, 16, 1}, sgemm, ta ? 1 : 0,
           tb ? 1 : 0, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

// The split-k path as Gemm.java takes it: partial products of depth chunks, then their ordered sum.
static void gemmSplit(bool ta, bool tb, int m, int n, int k, int chunk, float alpha, const float* a, int lda,
                      const float* b, int ldb, float beta, float* c, int ldc) {
    int splits = (k + chunk - 1) / chunk;
    Vec partial((size_t) splits * m * n, NAN);
    launch(dim3{(unsigned) (n + 63) / 64, (unsigned) (m + 63) / 64, (unsigned) splits}, dim3{16, 16, 1},
           sgemm_splitk, ta ? 1 : 0, tb ? 1 : 0, m, n, k, chunk, a, lda, b, ldb, partial.data());
    launch(elementwise((long long) m * n), THREADS, sgemm_reduce, (const float*) partial.data(), splits, m, n,
           alpha, beta, c, ldc);
}

static void checkGemm() {
    int shapes[][3] = {{37, 29, 45}, {1, 1, 1}, {70, 130, 17}, {6, 200, 25}, {5, 3, 0}};
    for (auto& s : shapes) {
        int m = s[0], n = s[1], k = s[2];
        for (int t = 0; t < 4; t++) {
            bool ta = t & 1, tb = t & 2;
            int lda = (ta ? m : k) + 2, ldb = (tb ? k : n) + 1, ldc = n + 3;
            Vec a = random((ta ? k : m) * lda + 1), b = random((tb ? n : k) * ldb + 1), c = random(m * ldc);
            Vec want = c;
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int p = 0; p < k; p++)
                        sum += (double) (ta ? a[p * lda + i] : a[i * lda + p]) * (tb ? b[j * ldb + p] : b[p * ldb + j]);
                    want[i * ldc + j] = (float) (0.75 * sum + 0.5 * c[i * ldc + j]);
                }
            Vec split = c;
            gemm(ta, tb, m, n, k, 0.75f, a.data(), lda, b.data(), ldb, 0.5f, c.data(), ldc);
            std::string name = std::to_string(m) + "x" + std::to_string(n) + "x" + std::to_string(k) + " t" +
                               std::to_string(t);
            expect("sgemm " + name, want, c, 1e-5);
            if (k > 16) {
                gemmSplit(ta, tb, m, n, k, 16, 0.75f, a.data(), lda, b.data(), ldb, 0.5f, split.data(), ldc);
                expect("sgemm split-k " + name, want, split, 1e-5);
            }
        }
    }
    Vec nan(4, NAN), one{1, 2}, two{3, 4};
    gemm(false, false, 2, 2, 1, 1.0f, one.data(), 1, two.data(), 2, 0.0f, nan.data(), 2);
    expect("sgemm beta 0 overwrites NaN", Vec{3, 4, 6, 8}, nan, 0);
}

struct Geo {
    int c, h, w, kh, kw, ph, pw, sh, sw;
    int oh() const { return (h + 2 * ph - kh) / sh + 1; }
    int ow() const { return (w + 2 * pw - kw) / sw + 1; }
};

// Conv2d as DeviceConv2d runs it (blocks of g samples), against the definition.
static void checkConv(Geo g, int n, int outC, int block) {
    int rows = g.c * g.kh * g.kw, plane = g.oh() * g.ow();
    Vec x = random((size_t) n * g.c * g.h * g.w), wt = random((size_t) outC * rows), bias = random(outC);
    Vec dy = random((size_t) n * outC * plane);
    Vec y(n * outC * plane), dx(x.size()), dw(wt.size(), 0), db(outC, 0);
    Vec wantY(y.size()), wantDx(x.size(), 0), wantDw(wt.size(), 0), wantDb(outC, 0);
    for (int s = 0; s < n; s++)
        for (int o = 0; o < outC; o++)
            for (int oy = 0; oy < g.oh(); oy++)
                for (int ox = 0; ox < g.ow(); ox++) {
                    double sum = bias[o];
                    float d = dy[((s * outC + o) * g.oh() + oy) * g.ow() + ox];
                    wantDb[o] += d;
                    for (int c = 0; c < g.c; c++)
                        for (int i = 0; i < g.kh; i++)
                            for (int j = 0; j < g.kw; j++) {
                                int iy = oy * g.sh - g.ph + i, ix = ox * g.sw - g.pw + j;
                                if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w) continue;
                                size_t xi = ((size_t) (s * g.c + c) * g.h + iy) * g.w + ix;
                                size_t wi = ((o * g.c + c) * g.kh + i) * g.kw + j;
                                sum += (double) wt[wi] * x[xi];
                                wantDx[xi] += wt[wi] * d;
                                wantDw[wi] += x[xi] * d;
                            }
                    wantY[((s * outC + o) * g.oh() + oy) * g.ow() + ox] = (float) sum;
                }
    Vec cols((size_t) rows * block * plane), prod((size_t) outC * block * plane), dcols(cols.size());
    std::string name = "conv " + std::to_string(g.c) + "->" + std::to_string(outC) + " k" + std::to_string(g.kh) +
                       "x" + std::to_string(g.kw) + " p" + std::to_string(g.ph) + "x" + std::to_string(g.pw) + " s" +
                       std::to_string(g.sh) + "x" + std::to_string(g.sw) + " block " + std::to_string(block);
    for (int n0 = 0; n0 < n; n0 += block) {
        int gs = std::min(block, n - n0), ld = gs * plane;
        launch(elementwise((long long) rows * ld), THREADS, im2col, x.data(), cols.data(), n0, gs, g.c, g.h, g.w,
               g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
        gemm(false, false, outC, ld, rows, 1.0f, wt.data(), rows, cols.data(), ld, 0.0f, prod.data(), ld);
        launch(elementwise((long long) gs * outC * plane), THREADS, conv_scatter_bias, (const float*) prod.data(),
               (const float*) bias.data(), y.data(), n0, gs, outC, plane);
    }
    expect(name + " forward", wantY, y, 1e-5);
    for (int n0 = 0; n0 < n; n0 += block) {
        int gs = std::min(block, n - n0), ld = gs * plane;
        launch(elementwise((long long) rows * ld), THREADS, im2col, x.data(), cols.data(), n0, gs, g.c, g.h, g.w,
               g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
        launch(elementwise((long long) gs * outC * plane), THREADS, conv_gather, (const float*) dy.data(),
               prod.data(), n0, gs, outC, plane);
        Vec ones(ld, 1.0f);  // db += dY·1, as DeviceConv2d does it
        gemm(false, false, outC, 1, ld, 1.0f, prod.data(), ld, ones.data(), 1, 1.0f, db.data(), 1);
        gemm(false, true, outC, rows, ld, 1.0f, prod.data(), ld, cols.data(), ld, 1.0f, dw.data(), rows);
        gemm(true, false, rows, ld, outC, 1.0f, wt.data(), rows, prod.data(), ld, 0.0f, dcols.data(), ld);
        launch(elementwise((long long) gs * g.c * g.h * g.w), THREADS, col2im, (const float*) dcols.data(),
               dx.data(), n0, gs, g.c, g.h, g.w, g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
    }
    expect(name + " dbias", wantDb, db, 1e-5);
    expect(name + " dweight", wantDw, dw, 1e-5);
    expect(name + " dx", wantDx, dx, 1e-5);
}

// Pooling as the Java layers define it (first maximum wins, NaN wins; average counts padding).
static void checkPool(Geo g, int n, bool isMax, bool withNan) {
    int planes = n * g.c, inPlane = g.h * g.w, outPlane = g.oh() * g.ow();
    Vec x = random((size_t) planes * inPlane), dy = random((size_t) planes * outPlane);
    if (withNan) x[5] = NAN;
    for (size_t i = 0; i < x.size(); i += 7) x[i] = 0.25f;  // ties
    Vec wantY(planes * outPlane), wantDx(x.size(), 0), y(wantY.size()), dx(x.size());
    float scale = 1.0f / (g.kh * g.kw);
    for (int t = 0; t < planes; t++)
        for (int oy = 0; oy < g.oh(); oy++)
            for (int ox = 0; ox < g.ow(); ox++) {
                int y0 = std::max(0, oy * g.sh - g.ph), y1 = std::min(g.h, oy * g.sh - g.ph + g.kh);
                int x0 = std::max(0, ox * g.sw - g.pw), x1 = std::min(g.w, ox * g.sw - g.pw + g.kw);
                int o = t * outPlane + oy * g.ow() + ox;
                int best = y0 * g.w + x0;
                float top = x[t * inPlane + best], sum = 0;
                for (int iy = y0; iy < y1; iy++)
                    for (int ix = x0; ix < x1; ix++) {
                        float v = x[t * inPlane + iy * g.w + ix];
                        sum += v;
                        if (v > top || std::isnan(v)) { top = v; best = iy * g.w + ix; }
                    }
                wantY[o] = isMax ? top : sum * scale;
                if (isMax) {
                    wantDx[t * inPlane + best] += dy[o];
                } else {
                    for (int iy = y0; iy < y1; iy++)
                        for (int ix = x0; ix < x1; ix++) wantDx[t * inPlane + iy * g.w + ix] += dy[o] * scale;
                }
            }
    std::vector<int> argmax(wantY.size());
    std::string name = std::string(isMax ? "maxpool" : "avgpool") + " k" + std::to_string(g.kh) + " p" +
                       std::to_string(g.ph) + " s" + std::to_string(g.sh) + (withNan ? " NaN" : "");
    long long outSize = (long long) planes * outPlane, inSize = (long long) planes * inPlane;
    if (isMax) {
        launch(elementwise(outSize), THREADS, maxpool_forward, (const float*) x.data(), y.data(), argmax.data(), planes,
               g.h, g.w, g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
        launch(elementwise(inSize), THREADS, maxpool_backward, (const float*) dy.data(), (const int*) argmax.data(),
               dx.data(), planes, g.h, g.w, g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
    } else {
        launch(elementwise(outSize), THREADS, avgpool_forward, (const float*) x.data(), y.data(), planes, g.h, g.w,
               g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
        launch(elementwise(inSize), THREADS, avgpool_backward, (const float*) dy.data(), dx.data(), planes, g.h, g.w,
               g.kh, g.kw, g.ph, g.pw, g.sh, g.sw, g.oh(), g.ow());
    }
    if (withNan) {
        // NaN compares unequal: check where the NaN went, then compare the rest.
        bool nanOut = false;
        for (size_t i = 0; i < y.size(); i++) if (std::isnan(wantY[i])) { nanOut |= std::isnan(y[i]); y[i] = wantY[i] = 0; }
        expect(name + " NaN wins", Vec{1}, Vec{nanOut ? 1.0f : 0.0f}, 0);
    }
    expect(name + " forward", wantY, y, 1e-6);
    expect(name + " backward", wantDx, dx, 1e-6);
}

static void checkElementwise() {
    long long n = 1000;
    Vec x = random(n), dy = random(n), y(n), dx(n), wy(n), wdx(n);
    x[3] = 0.0f;
    auto run = [&](const char* name, std::function<void()> gpu, std::function<float(float)> f,
                   std::function<float(float, float, float)> df) {
        gpu();
        for (long long i = 0; i < n; i++) { wy[i] = f(x[i]); wdx[i] = df(x[i], wy[i], dy[i]); }
        expect(std::string(name) + " forward", wy, y, 1e-6);
        expect(std::string(name) + " backward", wdx, dx, 1e-6);
    };
    run("relu", [&] {
        launch(elementwise(n), THREADS, relu_forward, (const float*) x.data(), y.data(), n);
        launch(elementwise(n), THREADS, relu_backward, (const float*) x.data(), (const float*) dy.data(), dx.data(), n);
    }, [](float v) { return v > 0 ? v : 0.0f; }, [](float v, float, float d) { return v > 0 ? d : 0.0f; });
    run("leaky relu", [&] {
        launch(elementwise(n), THREADS, leaky_relu_forward, (const float*) x.data(), y.data(), n, 0.1f);
        launch(elementwise(n), THREADS, leaky_relu_backward, (const float*) x.data(), (const float*) dy.data(),
               dx.data(), n, 0.1f);
    }, [](float v) { return v > 0 ? v : 0.1f * v; }, [](float v, float, float d) { return v > 0 ? d : 0.1f * d; });
    run("sigmoid", [&] {
        launch(elementwise(n), THREADS, sigmoid_forward, (const float*) x.data(), y.data(), n);
        launch(elementwise(n), THREADS, sigmoid_backward, (const float*) y.data(), (const float*) dy.data(), dx.data(), n);
    }, [](float v) { return 1.0f / (1.0f + std::exp(-v)); }, [](float, float s, float d) { return d * s * (1 - s); });
    run("tanh", [&] {
        launch(elementwise(n), THREADS, tanh_forward, (const float*) x.data(), y.data(), n);
        launch(elementwise(n), THREADS, tanh_backward, (const float*) y.data(), (const float*) dy.data(), dx.data(), n);
    }, [](float v) { return (float) std::tanh((double) v); }, [](float, float t, float d) { return d * (1 - t * t); });
    int rows = 13, cols = 7;
    Vec yb = random(rows * cols), bias = random(cols), dyb = random(rows * cols), db = random(cols);
    Vec wantY = yb, wantDb = db;
    for (int r = 0; r < rows; r++) for (int j = 0; j < cols; j++) { wantY[r * cols + j] += bias[j]; wantDb[j] += dyb[r * cols + j]; }
    launch(elementwise(rows * cols), THREADS, add_bias_rows, yb.data(), (const float*) bias.data(), rows, cols);
    launch(elementwise(cols), THREADS, bias_grad_rows, (const float*) dyb.data(), db.data(), rows, cols);
    expect("add_bias_rows", wantY, yb, 0);
    expect("bias_grad_rows (same order as Java)", wantDb, db, 0);
}

// Java's Rng.hash(seed, i) for seed 42: values printed by the Java engine.
static void checkDropout(const Vec& javaHashes) {
    unsigned long long passSeed = 42;
    long long n = (long long) javaHashes.size();
    Vec x(n, 1.0f), y(n), mask(n), want(n);
    float p = 0.5f, keep = 2.0f;
    for (long long i = 0; i < n; i++) want[i] = javaHashes[i] < p ? 0.0f : keep;
    launch(elementwise(n), THREADS, dropout_forward, (const float*) x.data(), y.data(), mask.data(), n, passSeed, p, keep);
    expect("dropout mask = Java Rng.hash rule", want, mask, 0);
}

static void checkSoftmax() {
    int n = 9, k = 10;
    Vec z = random(n * k), grad(n * k), wantGrad(n * k);
    for (auto& v : z) v *= 30;
    std::vector<int> labels(n), correct(n);
    std::vector<double> rowLoss(n);
    for (int i = 0; i < n; i++) labels[i] = (i * 7) % k;
    double total = 0;
    int hits = 0;
    for (int i = 0; i < n; i++) {
        double top = -INFINITY;
        int best = 0;
        for (int j = 0; j < k; j++) { top = std::max(top, (double) z[i * k + j]); if (z[i * k + j] > z[i * k + best]) best = j; }
        double sum = 0;
        for (int j = 0; j < k; j++) sum += (float) std::exp(z[i * k + j] - top);
        for (int j = 0; j < k; j++) wantGrad[i * k + j] = (float) ((float) std::exp(z[i * k + j] - top) / sum) * (1.0f / n);
        wantGrad[i * k + labels[i]] -= 1.0f / n;
        total += top + std::log(sum) - z[i * k + labels[i]];
        hits += best == labels[i];
    }
    launch(dim3{1, 1, 1}, THREADS, softmax_cross_entropy, (const float*) z.data(), (const int*) labels.data(),
           grad.data(), rowLoss.data(), correct.data(), n, k);
    double got = 0;
    int gotHits = 0;
    for (int i = 0; i < n; i++) { got += rowLoss[i]; gotHits += correct[i]; }
    expect("softmax cross-entropy loss", Vec{(float) (total / n)}, Vec{(float) (got / n)}, 1e-6);
    expect("softmax cross-entropy accuracy", Vec{(float) hits}, Vec{(float) gotHits}, 0);
    expect("softmax cross-entropy gradient", wantGrad, grad, 1e-7);
}

static void checkOptimizers() {
    long long n = 300, h = 110;
    long long ends[2] = {h, n};
    Vec value = random(n), grad = random(n), velocity(n, 0), want = value, wantV(n, 0);
    float negLr = -0.05f, mu = 0.9f, omd = 1.0f, wd = 1e-3f;
    for (int step = 0; step < 3; step++) {
        for (long long j = 0; j < n; j++) {
            float g = grad[j] + wd * want[j];
            wantV[j] = step == 0 ? g : wantV[j] * mu + omd * g;
            g = g + mu * wantV[j];
            want[j] = want[j] + negLr * g;
        }
        // Two parameters, the first h values and the rest, updated by one launch through the pointer tables.
        float* values[2] = {value.data(), value.data() + h};
        const float* grads[2] = {grad.data(), grad.data() + h};
        float* velocities[2] = {velocity.data(), velocity.data() + h};
        launch(elementwise(n), THREADS, sgd_update, (float* const*) values, (const float* const*) grads,
               (float* const*) velocities, (const long long*) ends, 2, (long long) n, negLr, mu, omd, wd, 1, 1, 1,
               step == 0 ? 1 : 0);
    }
    expect("sgd nesterov weight decay (bit for bit)", want, value, 0);
    Vec v2 = random(n), m(n, 0), s(n, 0), vmax(n, 0), wv = v2, wm(n, 0), ws(n, 0), wmax(n, 0);
    float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
    for (int t = 1; t <= 3; t++) {
        double bc1 = 1 - std::pow(0.9, t), bc2 = 1 - std::pow(0.999, t);
        float negStep = (float) -(1e-2 / bc1), bc2Sqrt = (float) std::sqrt(bc2);
        for (long long j = 0; j < n; j++) {
            float g = grad[j];
            wm[j] = wm[j] * b1 + (1 - b1) * g;
            ws[j] = ws[j] * b2 + (1 - b2) * g * g;
            wmax[j] = std::max(wmax[j], ws[j]);
            float denom = (float) std::sqrt(wmax[j]) / bc2Sqrt + eps;
            wv[j] = wv[j] + negStep * wm[j] / denom;
        }
        float* values[2] = {v2.data(), v2.data() + h};
        const float* grads[2] = {grad.data(), grad.data() + h};
        float* ms[2] = {m.data(), m.data() + h};
        float* ss[2] = {s.data(), s.data() + h};
        float* maxes[2] = {vmax.data(), vmax.data() + h};
        launch(elementwise(n), THREADS, adam_update, (float* const*) values, (const float* const*) grads,
               (float* const*) ms, (float* const*) ss, (float* const*) maxes, (const long long*) ends, 2,
               (long long) n, negStep, bc2Sqrt, b1, 1 - b1, b2, 1 - b2, eps, 0.0f, 0, 1);
    }
    expect("adam amsgrad (bit for bit)", wv, v2, 0);
}

int main(int argc, char** argv) {
    Vec javaHashes;
    for (int i = 1; i < argc; i++) javaHashes.push_back(std::stof(argv[i]));
    checkGemm();
    checkConv({3, 9, 9, 3, 3, 1, 1, 1, 1}, 5, 4, 5);
    checkConv({3, 9, 9, 3, 3, 1, 1, 1, 1}, 5, 4, 2);
    checkConv({2, 11, 8, 5, 3, 2, 0, 2, 1}, 3, 5, 3);
    checkConv({1, 12, 12, 5, 5, 2, 2, 1, 1}, 4, 6, 3);
    checkPool({3, 8, 8, 2, 2, 0, 0, 2, 2}, 2, true, false);
    checkPool({3, 8, 8, 2, 2, 0, 0, 2, 2}, 2, true, true);
    checkPool({3, 9, 7, 3, 3, 1, 1, 2, 2}, 2, true, false);
    checkPool({3, 8, 8, 2, 2, 0, 0, 2, 2}, 2, false, false);
    checkPool({3, 9, 7, 3, 3, 1, 1, 2, 2}, 2, false, false);
    checkElementwise();
    if (!javaHashes.empty()) checkDropout(javaHashes);
    checkSoftmax();
    checkOptimizers();
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
