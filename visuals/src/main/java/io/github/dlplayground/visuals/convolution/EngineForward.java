package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.nn.AvgPool2d;
import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.MaxPool2d;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

/**
 * Runs the engine's own Conv2d / MaxPool2d / AvgPool2d on one sample, so every output number the animator
 * shows is what a network computes: input [C_in, H, W], weight [C_out, C_in, k_h, k_w], bias [C_out] →
 * output [C_out, OH, OW]. In convolution mode the weight handed to the layer is the kernel rotated by 180°.
 * No toolkit classes; the command line uses it too.
 */
public final class EngineForward {
    private EngineForward() {
    }

    /** The layer for these settings, weights copied in (pooling layers have none). */
    public static Layer layer(ConvSettings s, float[] kernel, float[] bias) {
        return switch (s.operation()) {
            case CONV -> {
                var conv = new Conv2d(s.inChannels(), s.outChannels(), s.kernelH(), s.kernelW(), s.padH(), s.padW(),
                        s.strideH(), s.strideW());
                // the same layer code as in training; the pure-Java GEMM needs no native library loaded on the
                // FX thread for these few numbers
                conv.useBackend(Backends.select("java"));
                float[] w = s.flipped() ? flip(kernel, s.kernelH(), s.kernelW()) : kernel;
                System.arraycopy(w, 0, conv.weight().value(), 0, w.length);
                System.arraycopy(bias, 0, conv.bias().value(), 0, bias.length);
                yield conv;
            }
            case MAX_POOL -> new MaxPool2d(s.kernelH(), s.kernelW(), s.padH(), s.padW(), s.strideH(), s.strideW());
            case AVG_POOL -> new AvgPool2d(s.kernelH(), s.kernelW(), s.padH(), s.padW(), s.strideH(), s.strideW());
        };
    }

    /** The engine's output shape of one sample [C_out, OH, OW]; throws the engine's message when it cannot run. */
    public static Shape outputShape(ConvSettings s) {
        return layer(s, new float[s.effectiveOutChannels() * s.inChannels() * s.kernelH() * s.kernelW()],
                new float[s.effectiveOutChannels()]).outputShape(Shape.of(s.inChannels(), s.inputH(), s.inputW()));
    }

    /** The engine's forward pass of one sample; returns [C_out, OH, OW] row-major. */
    public static float[] forward(ConvSettings s, float[] input, float[] kernel, float[] bias) {
        Layer layer = layer(s, kernel, bias);
        var x = new Tensor(Shape.of(1, s.inChannels(), s.inputH(), s.inputW()), input.clone());
        return layer.forward(x, false).data().clone();
    }

    /** Each k_h × k_w kernel rotated by 180° (flipped up-down and left-right). */
    public static float[] flip(float[] kernel, int kh, int kw) {
        float[] out = new float[kernel.length];
        int size = kh * kw;
        for (int base = 0; base < kernel.length; base += size) {
            for (int a = 0; a < kh; a++) {
                for (int b = 0; b < kw; b++) {
                    out[base + a * kw + b] = kernel[base + (kh - 1 - a) * kw + (kw - 1 - b)];
                }
            }
        }
        return out;
    }
}
