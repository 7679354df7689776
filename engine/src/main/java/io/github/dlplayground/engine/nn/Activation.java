package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Tensor;

/**
 * An elementwise activation y = f(x) of any shape, ∂x = ∂y·f′(x), computed in parallel chunks on the engine
 * pool. Subclasses give f and f′ over an index range.
 */
abstract class Activation extends ElementwiseLayer {
    private Tensor input;
    private Tensor output;
    private Tensor inputGradient;

    /** y[i] = f(x[i]) for i in [from, to). */
    abstract void apply(float[] x, float[] y, int from, int to);

    /** dx[i] = dy[i]·f′(x[i]) for i in [from, to); y holds f(x). */
    abstract void derivative(float[] x, float[] y, float[] dy, float[] dx, int from, int to);

    @Override
    public Tensor forward(Tensor input, boolean training) {
        this.input = input;
        output = reuse(output, input.shape());
        float[] x = input.data();
        float[] y = output.data();
        pool().forRange(x.length, GRAIN, (from, to) -> apply(x, y, from, to));
        return produced(output);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        if (!acceptOutputGradient(outputGradient)) {
            return null;
        }
        inputGradient = reuse(inputGradient, input.shape());
        float[] x = input.data();
        float[] y = output.data();
        float[] dy = outputGradient.data();
        float[] dx = inputGradient.data();
        pool().forRange(x.length, GRAIN, (from, to) -> derivative(x, y, dy, dx, from, to));
        return inputGradient;
    }
}
