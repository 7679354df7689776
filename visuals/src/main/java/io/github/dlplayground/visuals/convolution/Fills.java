package io.github.dlplayground.visuals.convolution;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Ready-made contents for the grids: the book's example, random small integers, a 1×1 convolution over three
 * channels, and a picture under a classic kernel. Each returns why it could not apply, if it could not.
 */
public final class Fills {
    private Fills() {
    }

    /** Input 0..8 as 3×3, kernel [[0, 1], [2, 3]], bias 0 → [[19, 25], [37, 43]]. */
    public static Optional<SettingsProblem> bookExample(ConvolutionModel model) {
        Optional<SettingsProblem> problem = model.trySettings(ConvSettings.bookExample());
        if (problem.isEmpty()) {
            model.setAll(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new float[] {0, 1, 2, 3}, new float[] {0});
        }
        return problem;
    }

    /** Input in 0..4, kernels in −2..2, bias in −1..1, keeping the current settings. */
    public static void randomIntegers(ConvolutionModel model, RandomGenerator random) {
        ConvSettings s = model.settings();
        float[] input = new float[s.inChannels() * s.inputH() * s.inputW()];
        float[] kernel = new float[s.outChannels() * s.inChannels() * s.kernelH() * s.kernelW()];
        float[] bias = new float[s.outChannels()];
        fill(input, random, 0, 4);
        fill(kernel, random, -2, 2);
        fill(bias, random, -1, 1);
        model.setAll(input, kernel, bias);
    }

    /** Three input channels, two output channels, a 4×4 input and 1×1 kernels: a fully connected layer per pixel. */
    public static Optional<SettingsProblem> oneByOne(ConvolutionModel model, RandomGenerator random) {
        var s = new ConvSettings(ConvOperation.CONV, 3, 2, 4, 4, 1, 1, 0, 0, 1, 1, false);
        Optional<SettingsProblem> problem = model.trySettings(s);
        if (problem.isEmpty()) {
            randomIntegers(model, random);
        }
        return problem;
    }

    /**
     * One channel holding the picture. A convolution gets the kernel (one output channel, no padding,
     * stride 1); pooling keeps its window, padding and stride when they fit the picture.
     */
    public static Optional<SettingsProblem> picture(ConvolutionModel model, Picture picture, ClassicKernel kernel) {
        ConvSettings s = model.settings();
        ConvSettings next;
        if (s.operation().isPooling()) {
            next = s.withChannels(1, 1).withInput(picture.height(), picture.width());
        } else {
            next = new ConvSettings(ConvOperation.CONV, 1, 1, picture.height(), picture.width(), kernel.height(),
                    kernel.width(), 0, 0, 1, 1, s.flipped());
        }
        Optional<SettingsProblem> problem = model.trySettings(next);
        if (problem.isEmpty()) {
            float[] weights = s.operation().isPooling() ? new float[next.kernelH() * next.kernelW()] : kernel.weights();
            model.setAll(picture.pixels(), weights, new float[] {0});
        }
        return problem;
    }

    private static void fill(float[] values, RandomGenerator random, int min, int max) {
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(min, max + 1);
        }
    }
}
