package io.github.dlplayground.engine.train;

import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * What one layer did in the last training step, for the studio: statistics of its output over the whole
 * minibatch (mean, standard deviation, min, max, share of exact zeros — dead ReLUs), the L2 norm of
 * ∂loss/∂output, and the L2 norms of its parameters and their gradients (NaN where there is nothing to
 * measure). Read it on the training thread between steps, e.g. in {@link TrainingListener#batchFinished}.
 *
 * @param outputShape the batch output shape [N, …]
 */
public record LayerStatistics(int index, String layer, Shape outputShape, double mean, double std, double min,
                              double max, double zeroFraction, double outputGradientNorm, double weightNorm,
                              double weightGradientNorm) {

    /** One entry per layer of the network, in order. */
    public static List<LayerStatistics> of(Sequential network) {
        var out = new ArrayList<LayerStatistics>();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            out.add(of(i, layers.get(i)));
        }
        return out;
    }

    static LayerStatistics of(int index, Layer layer) {
        Tensor y = layer.lastOutput();
        double mean = Double.NaN;
        double std = Double.NaN;
        double min = Double.NaN;
        double max = Double.NaN;
        double zeros = Double.NaN;
        if (y != null && y.size() > 0) {
            float[] v = y.data();
            double sum = 0;
            double sumSq = 0;
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            long zeroCount = 0;
            for (float x : v) {
                sum += x;
                sumSq += (double) x * x;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
                if (x == 0f) {
                    zeroCount++;
                }
            }
            mean = sum / v.length;
            std = Math.sqrt(Math.max(0, sumSq / v.length - mean * mean));
            min = lo;
            max = hi;
            zeros = (double) zeroCount / v.length;
        }
        Tensor g = layer.lastOutputGradient();
        double gradNorm = g == null ? Double.NaN : norm(g.data());
        double weightNorm = Double.NaN;
        double weightGradNorm = Double.NaN;
        if (!layer.parameters().isEmpty()) {
            double w = 0;
            double dw = 0;
            for (Parameter p : layer.parameters()) {
                w += squares(p.value());
                dw += squares(p.grad());
            }
            weightNorm = Math.sqrt(w);
            weightGradNorm = Math.sqrt(dw);
        }
        return new LayerStatistics(index, layer.describe(), y == null ? null : y.shape(), mean, std, min, max, zeros,
                gradNorm, weightNorm, weightGradNorm);
    }

    private static double norm(float[] x) {
        return Math.sqrt(squares(x));
    }

    private static double squares(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return s;
    }
}
