package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;

/** Flattens each sample: [N, C, H, W] → [N, C·H·W]; the data is shared, not copied. */
public final class Flatten extends AbstractLayer {
    private Shape inputShape;

    @Override
    public String describe() {
        return "Flatten";
    }

    @Override
    public Shape outputShape(Shape input) {
        return Shape.of(input.size());
    }

    @Override
    public long flops(Shape input) {
        return 0;
    }

    @Override
    public Tensor forward(Tensor input, boolean training) {
        Shape outShape = batchOutputShape(input);
        inputShape = input.shape();
        Tensor last = lastOutput();
        return produced(last != null && last.data() == input.data() && last.shape().equals(outShape)
                ? last : input.reshape(outShape));
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        return acceptOutputGradient(outputGradient) ? outputGradient.reshape(inputShape) : null;
    }
}
