package io.github.dlplayground.visuals.convolution;

/** Direct loops over the definitions, in double, to check the engine's layers against. */
final class Reference {
    private Reference() {
    }

    /** Cross-correlation with zero padding: y[o,i,j] = b[o] + Σ_c Σ_a Σ_b x[c, i·s_h + a − p_h, j·s_w + b − p_w]·K[o,c,a,b]. */
    static double[] conv(ConvSettings s, float[] x, float[] k, float[] bias) {
        int oh = s.outputH();
        int ow = s.outputW();
        double[] y = new double[s.outChannels() * oh * ow];
        for (int o = 0; o < s.outChannels(); o++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    double sum = bias[o];
                    for (int c = 0; c < s.inChannels(); c++) {
                        for (int a = 0; a < s.kernelH(); a++) {
                            for (int b = 0; b < s.kernelW(); b++) {
                                sum += at(s, x, c, i * s.strideH() + a - s.padH(), j * s.strideW() + b - s.padW(), 0)
                                        * k[((o * s.inChannels() + c) * s.kernelH() + a) * s.kernelW() + b];
                            }
                        }
                    }
                    y[(o * oh + i) * ow + j] = sum;
                }
            }
        }
        return y;
    }

    /** Max pooling ignores the border; average pooling divides by k_h·k_w, padded zeros included. */
    static double[] pool(ConvSettings s, float[] x, boolean max) {
        int oh = s.outputH();
        int ow = s.outputW();
        double[] y = new double[s.inChannels() * oh * ow];
        for (int c = 0; c < s.inChannels(); c++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    double acc = max ? Double.NEGATIVE_INFINITY : 0;
                    for (int a = 0; a < s.kernelH(); a++) {
                        for (int b = 0; b < s.kernelW(); b++) {
                            double v = at(s, x, c, i * s.strideH() + a - s.padH(), j * s.strideW() + b - s.padW(),
                                    Double.NEGATIVE_INFINITY);
                            acc = max ? Math.max(acc, v) : acc + (Double.isInfinite(v) ? 0 : v);
                        }
                    }
                    y[(c * oh + i) * ow + j] = max ? acc : acc / (s.kernelH() * s.kernelW());
                }
            }
        }
        return y;
    }

    private static double at(ConvSettings s, float[] x, int c, int i, int j, double outside) {
        if (i < 0 || j < 0 || i >= s.inputH() || j >= s.inputW()) {
            return outside;
        }
        return x[(c * s.inputH() + i) * s.inputW() + j];
    }
}
