package io.github.dlplayground.visuals.convolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The animator's state without the toolkit: settings, input [C_in, H, W], kernels [C_out, C_in, k_h, k_w] as
 * the user wrote them, bias [C_out], the engine's output [C_out, OH, OW] and the animation step (0 = no
 * cell filled, {@link #stepCount()} = full output). Every change recomputes the output with the engine and
 * tells the listeners. FX thread (or any single thread).
 */
public final class ConvolutionModel {
    private final List<Runnable> listeners = new ArrayList<>();
    private ConvSettings settings;
    private float[] input;
    private float[] kernel;
    private float[] bias;
    private float[] output;
    private int step;

    public ConvolutionModel(ConvSettings settings) {
        settings.problem().ifPresent(p -> {
            throw new IllegalArgumentException("settings cannot run: " + p.key());
        });
        this.settings = settings;
        input = new float[settings.inChannels() * settings.inputH() * settings.inputW()];
        kernel = new float[settings.outChannels() * settings.inChannels() * settings.kernelH() * settings.kernelW()];
        bias = new float[settings.outChannels()];
        recompute();
        step = settings.stepCount();
    }

    /** An independent copy with the same settings, numbers and step (no listeners). */
    public ConvolutionModel copy() {
        var copy = new ConvolutionModel(settings);
        copy.setAll(input, kernel, bias);
        copy.step = step;
        return copy;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public ConvSettings settings() {
        return settings;
    }

    /**
     * Applies new settings when they can run, keeping the numbers that still have a place, and shows the full
     * output; otherwise changes nothing and returns why.
     */
    public Optional<SettingsProblem> trySettings(ConvSettings next) {
        Optional<SettingsProblem> problem = next.problem();
        if (problem.isEmpty()) {
            try {
                EngineForward.outputShape(next);
            } catch (IllegalArgumentException e) {
                problem = Optional.of(new SettingsProblem("convolution.problem.engine", e.getMessage()));
            }
        }
        if (problem.isPresent()) {
            return problem;
        }
        ConvSettings old = settings;
        input = Resize.grid(input, old.inChannels(), old.inputH(), old.inputW(),
                next.inChannels(), next.inputH(), next.inputW());
        kernel = Resize.kernels(kernel, old.outChannels(), old.inChannels(), old.kernelH(), old.kernelW(),
                next.outChannels(), next.inChannels(), next.kernelH(), next.kernelW());
        bias = Resize.vector(bias, next.outChannels());
        settings = next;
        recompute();
        step = next.stepCount();
        fire();
        return Optional.empty();
    }

    /** Replaces every number at once (lengths must match the settings) and shows the full output. */
    public void setAll(float[] newInput, float[] newKernel, float[] newBias) {
        requireLength("input", newInput, input.length);
        requireLength("kernel", newKernel, kernel.length);
        requireLength("bias", newBias, bias.length);
        input = newInput.clone();
        kernel = newKernel.clone();
        bias = newBias.clone();
        recompute();
        step = settings.stepCount();
        fire();
    }

    public float input(int c, int i, int j) {
        return input[(c * settings.inputH() + i) * settings.inputW() + j];
    }

    public void setInput(int c, int i, int j, float value) {
        input[(c * settings.inputH() + i) * settings.inputW() + j] = value;
        changed();
    }

    /** True when padded-input cell (row, col) lies in the zero border. */
    public boolean isPadding(int row, int col) {
        int i = row - settings.padH();
        int j = col - settings.padW();
        return i < 0 || j < 0 || i >= settings.inputH() || j >= settings.inputW();
    }

    /** The padded input at (row, col) of the (H + 2·pad_h) × (W + 2·pad_w) grid: zero in the border. */
    public float paddedInput(int c, int row, int col) {
        return isPadding(row, col) ? 0f : input(c, row - settings.padH(), col - settings.padW());
    }

    /** The kernel as written by the user. */
    public float kernel(int o, int c, int a, int b) {
        return kernel[kernelIndex(o, c, a, b)];
    }

    /** The kernel that slides over the input: the written one, rotated by 180° in convolution mode. */
    public float slidingKernel(int o, int c, int a, int b) {
        return settings.flipped() ? kernel(o, c, settings.kernelH() - 1 - a, settings.kernelW() - 1 - b)
                : kernel(o, c, a, b);
    }

    /** Edits the cell the user sees at (a, b) of the sliding kernel. */
    public void setSlidingKernel(int o, int c, int a, int b, float value) {
        int ra = settings.flipped() ? settings.kernelH() - 1 - a : a;
        int rb = settings.flipped() ? settings.kernelW() - 1 - b : b;
        kernel[kernelIndex(o, c, ra, rb)] = value;
        changed();
    }

    public float bias(int o) {
        return bias[o];
    }

    public void setBias(int o, float value) {
        bias[o] = value;
        changed();
    }

    /** The engine's output at (channel, row, col). */
    public float output(int o, int i, int j) {
        return output[(o * settings.outputH() + i) * settings.outputW() + j];
    }

    /** Copies of the arrays, row-major: input [C_in,H,W], kernel [C_out,C_in,k_h,k_w], bias [C_out], output. */
    public float[] inputValues() {
        return input.clone();
    }

    public float[] kernelValues() {
        return kernel.clone();
    }

    public float[] biasValues() {
        return bias.clone();
    }

    public float[] outputValues() {
        return output.clone();
    }

    public int step() {
        return step;
    }

    public int stepCount() {
        return settings.stepCount();
    }

    /** Moves to step k (clamped to 0..stepCount): the first k output cells are filled. */
    public void setStep(int k) {
        int clamped = Math.max(0, Math.min(stepCount(), k));
        if (clamped != step) {
            step = clamped;
            fire();
        }
    }

    public boolean stepForward() {
        if (step >= stepCount()) {
            return false;
        }
        setStep(step + 1);
        return true;
    }

    public boolean stepBack() {
        if (step <= 0) {
            return false;
        }
        setStep(step - 1);
        return true;
    }

    /** True when output cell (o, i, j) is filled at the current step. */
    public boolean isFilled(int o, int i, int j) {
        int index = (o * settings.outputH() + i) * settings.outputW() + j;
        return index < step;
    }

    /** The window of the current step, empty at step 0. */
    public Optional<WindowPosition> currentWindow() {
        return step == 0 ? Optional.empty() : Optional.of(settings.position(step));
    }

    /** The written-out sums of the current step, empty at step 0. */
    public Optional<StepExplanation> currentExplanation() {
        return step == 0 ? Optional.empty() : Optional.of(explain(step));
    }

    /** The products (or pooled values) of step k ≥ 1, with the engine's result for its output cell. */
    public StepExplanation explain(int k) {
        return StepExplanation.of(this, settings.position(k));
    }

    private int kernelIndex(int o, int c, int a, int b) {
        return ((o * settings.inChannels() + c) * settings.kernelH() + a) * settings.kernelW() + b;
    }

    private void changed() {
        recompute();
        fire();
    }

    private void recompute() {
        output = EngineForward.forward(settings, input, kernel, bias);
    }

    private void fire() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    private static void requireLength(String what, float[] values, int expected) {
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " needs " + expected + " values, got " + values.length);
        }
    }
}
