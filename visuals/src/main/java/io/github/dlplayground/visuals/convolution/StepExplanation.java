package io.github.dlplayground.visuals.convolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The written-out arithmetic of one step: per input channel the window's (input, kernel) pairs, the bias and
 * the engine's result for the output cell. For pooling there is one channel and the kernel values are unused;
 * for a 1×1 convolution {@link #pixelMix()} holds the whole per-pixel fully connected layer y = W·x + b.
 */
public record StepExplanation(ConvOperation operation, WindowPosition position, List<ChannelTerms> channels,
                              float bias, float result, Optional<PixelMix> pixelMix) {

    /** One product term; (row, col) in padded-input coordinates, {@code padding} when it lies in the border. */
    public record Term(int row, int col, float input, float weight, boolean padding) {
    }

    /** The terms of one input channel. */
    public record ChannelTerms(int channel, List<Term> terms) {
        /** Σ input·weight, accumulated in double. */
        public double productSum() {
            double s = 0;
            for (Term t : terms) {
                s += (double) t.input() * t.weight();
            }
            return s;
        }

        /** Index of the first largest value outside the padding (max pooling ignores the border). */
        public int maxIndex() {
            int best = -1;
            for (int k = 0; k < terms.size(); k++) {
                Term t = terms.get(k);
                if (!t.padding() && (best < 0 || t.input() > terms.get(best).input())) {
                    best = k;
                }
            }
            return best;
        }
    }

    /** A 1×1 convolution at one pixel: x [C_in] → y [C_out], the engine's outputs at that pixel. */
    public record PixelMix(float[] x, float[] y) {
    }

    static StepExplanation of(ConvolutionModel model, WindowPosition p) {
        ConvSettings s = model.settings();
        var channels = new ArrayList<ChannelTerms>();
        if (s.operation().isPooling()) {
            channels.add(new ChannelTerms(p.outChannel(), window(model, p, p.outChannel())));
        } else {
            for (int c = 0; c < s.inChannels(); c++) {
                channels.add(new ChannelTerms(c, window(model, p, c)));
            }
        }
        float bias = s.operation().isPooling() ? 0f : model.bias(p.outChannel());
        float result = model.output(p.outChannel(), p.row(), p.col());
        return new StepExplanation(s.operation(), p, List.copyOf(channels), bias, result, pixelMix(model, p));
    }

    private static List<Term> window(ConvolutionModel model, WindowPosition p, int c) {
        ConvSettings s = model.settings();
        var terms = new ArrayList<Term>(s.kernelH() * s.kernelW());
        for (int a = 0; a < s.kernelH(); a++) {
            for (int b = 0; b < s.kernelW(); b++) {
                int row = p.top() + a;
                int col = p.left() + b;
                float w = s.operation().isPooling() ? 0f : model.slidingKernel(p.outChannel(), c, a, b);
                terms.add(new Term(row, col, model.paddedInput(c, row, col), w, model.isPadding(row, col)));
            }
        }
        return terms;
    }

    private static Optional<PixelMix> pixelMix(ConvolutionModel model, WindowPosition p) {
        ConvSettings s = model.settings();
        if (s.operation() != ConvOperation.CONV || s.kernelH() != 1 || s.kernelW() != 1) {
            return Optional.empty();
        }
        float[] x = new float[s.inChannels()];
        for (int c = 0; c < x.length; c++) {
            x[c] = model.paddedInput(c, p.top(), p.left());
        }
        float[] y = new float[s.outChannels()];
        for (int o = 0; o < y.length; o++) {
            y[o] = model.output(o, p.row(), p.col());
        }
        return Optional.of(new PixelMix(x, y));
    }
}
