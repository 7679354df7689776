package io.github.dlplayground.visuals.layerstats;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.List;

/**
 * Statistics of one layer after one training batch: mean and standard deviation of its output over the
 * batch, the share of outputs that are exactly 0 (dead ReLUs, dropped units), ‖∂L/∂output‖₂ and, for
 * layers with weights, ‖∂L/∂θ‖₂ over all its parameters (NaN when it has none).
 */
public record LayerSample(String layer, double mean, double std, double zeroFraction, double outputGradNorm,
                          double weightGradNorm) {

    /**
     * Computes the statistics from a layer's last output, last output gradient and parameters (any may be
     * missing: null tensors give NaN). Call on the training thread between batches.
     */
    public static LayerSample of(String layer, Tensor output, Tensor outputGradient, List<Parameter> parameters) {
        double mean = Double.NaN;
        double std = Double.NaN;
        double zeros = Double.NaN;
        if (output != null && output.size() > 0) {
            float[] v = output.data();
            double sum = 0;
            double sumSq = 0;
            int zeroCount = 0;
            for (float x : v) {
                sum += x;
                sumSq += (double) x * x;
                if (x == 0f) {
                    zeroCount++;
                }
            }
            mean = sum / v.length;
            std = Math.sqrt(Math.max(0, sumSq / v.length - mean * mean));
            zeros = (double) zeroCount / v.length;
        }
        double gradNorm = outputGradient == null ? Double.NaN : norm(outputGradient.data());
        double weightNorm = Double.NaN;
        if (parameters != null && !parameters.isEmpty()) {
            double s = 0;
            for (Parameter p : parameters) {
                double n = norm(p.grad());
                s += n * n;
            }
            weightNorm = Math.sqrt(s);
        }
        return new LayerSample(layer, mean, std, zeros, gradNorm, weightNorm);
    }

    static double norm(float[] values) {
        double s = 0;
        for (float x : values) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    /** The gradient norm the strip shows: the weights' when the layer has any, else the output's. */
    public double shownGradNorm() {
        return Double.isNaN(weightGradNorm) ? outputGradNorm : weightGradNorm;
    }
}
