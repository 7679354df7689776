package io.github.dlplayground.visuals.convolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of one convolution or pooling step: input C_in × H × W, a k_h × k_w kernel (or window), zero
 * padding of pad_h / pad_w on each side and stride s_h / s_w. Output size per axis
 * ⌊(n − k + p + s)/s⌋ where p = 2·pad is the total padding, as in the book. {@code flipped} turns
 * cross-correlation into a true convolution (kernel rotated by 180°).
 */
public record ConvSettings(ConvOperation operation, int inChannels, int outChannels, int inputH, int inputW,
                           int kernelH, int kernelW, int padH, int padW, int strideH, int strideW,
                           boolean flipped) {

    /** The book's example: input 0..8 as 3×3, kernel [[0, 1], [2, 3]], no padding, stride 1. */
    public static ConvSettings bookExample() {
        return new ConvSettings(ConvOperation.CONV, 1, 1, 3, 3, 2, 2, 0, 0, 1, 1, false);
    }

    /** Output channels: the kernel count for a convolution, the input channels for pooling. */
    public int effectiveOutChannels() {
        return operation.isPooling() ? inChannels : outChannels;
    }

    public int paddedH() {
        return inputH + 2 * padH;
    }

    public int paddedW() {
        return inputW + 2 * padW;
    }

    /** ⌊(n_h − k_h + p_h + s_h)/s_h⌋ with p_h = 2·pad_h; only meaningful when {@link #problem()} is empty. */
    public int outputH() {
        return Math.floorDiv(inputH - kernelH + 2 * padH + strideH, strideH);
    }

    public int outputW() {
        return Math.floorDiv(inputW - kernelW + 2 * padW + strideW, strideW);
    }

    /** Animation steps: one per output cell, output channel by output channel, row by row. */
    public int stepCount() {
        return effectiveOutChannels() * outputH() * outputW();
    }

    /** Why these settings cannot run, or empty when they can. */
    public Optional<SettingsProblem> problem() {
        if (inChannels < 1 || outChannels < 1) {
            return Optional.of(new SettingsProblem("convolution.problem.channels"));
        }
        if (inputH < 1 || inputW < 1 || kernelH < 1 || kernelW < 1) {
            return Optional.of(new SettingsProblem("convolution.problem.size"));
        }
        if (padH < 0 || padW < 0) {
            return Optional.of(new SettingsProblem("convolution.problem.negativePadding"));
        }
        if (strideH < 1 || strideW < 1) {
            return Optional.of(new SettingsProblem("convolution.problem.stride", strideH, strideW));
        }
        if (kernelH > paddedH() || kernelW > paddedW()) {
            String key = operation.isPooling() ? "convolution.problem.windowTooLarge"
                    : "convolution.problem.kernelTooLarge";
            return Optional.of(new SettingsProblem(key, kernelH, kernelW, paddedH(), paddedW()));
        }
        if (operation.isPooling() && (2 * padH > kernelH || 2 * padW > kernelW)) {
            return Optional.of(new SettingsProblem("convolution.problem.poolPadding", padH, padW, kernelH, kernelW,
                    kernelH / 2, kernelW / 2));
        }
        return Optional.empty();
    }

    /** Every window position in animation order; the last one fills the last output cell. */
    public List<WindowPosition> positions() {
        int oh = outputH();
        int ow = outputW();
        var list = new ArrayList<WindowPosition>(stepCount());
        for (int o = 0; o < effectiveOutChannels(); o++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    list.add(new WindowPosition(o, i, j, i * strideH, j * strideW));
                }
            }
        }
        return list;
    }

    /** The window position of step {@code step} (1-based: step 1 fills the first output cell). */
    public WindowPosition position(int step) {
        int oh = outputH();
        int ow = outputW();
        int index = step - 1;
        int o = index / (oh * ow);
        int i = index / ow % oh;
        int j = index % ow;
        return new WindowPosition(o, i, j, i * strideH, j * strideW);
    }

    public ConvSettings withOperation(ConvOperation op) {
        return new ConvSettings(op, inChannels, outChannels, inputH, inputW, kernelH, kernelW, padH, padW,
                strideH, strideW, flipped);
    }

    public ConvSettings withChannels(int in, int out) {
        return new ConvSettings(operation, in, out, inputH, inputW, kernelH, kernelW, padH, padW, strideH, strideW,
                flipped);
    }

    public ConvSettings withInput(int h, int w) {
        return new ConvSettings(operation, inChannels, outChannels, h, w, kernelH, kernelW, padH, padW, strideH,
                strideW, flipped);
    }

    public ConvSettings withKernel(int h, int w) {
        return new ConvSettings(operation, inChannels, outChannels, inputH, inputW, h, w, padH, padW, strideH,
                strideW, flipped);
    }

    public ConvSettings withPadding(int h, int w) {
        return new ConvSettings(operation, inChannels, outChannels, inputH, inputW, kernelH, kernelW, h, w, strideH,
                strideW, flipped);
    }

    public ConvSettings withStride(int h, int w) {
        return new ConvSettings(operation, inChannels, outChannels, inputH, inputW, kernelH, kernelW, padH, padW, h,
                w, flipped);
    }

    public ConvSettings withFlipped(boolean flip) {
        return new ConvSettings(operation, inChannels, outChannels, inputH, inputW, kernelH, kernelW, padH, padW,
                strideH, strideW, flip);
    }
}
