package io.github.dlplayground.engine.loss;

import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class LossTest {
    @Test
    void softmaxCrossEntropyGradientMatchesNumericalGradient() {
        var loss = new SoftmaxCrossEntropy();
        Tensor logits = GradientCheck.random(new int[] {5, 7}, 3);
        int[] labels = {0, 6, 3, 3, 1};
        loss.forward(logits, labels);
        float[] analytic = loss.backward().data().clone();
        GradientCheck.standard().assertGradient("softmax cross-entropy", logits.data(), analytic,
                () -> loss.forward(logits, labels), 1);
    }

    @Test
    void softmaxCrossEntropyMatchesItsDefinition() {
        var loss = new SoftmaxCrossEntropy();
        Tensor logits = new Tensor(Shape.of(2, 3), new float[] {1, 2, 3, 0, 0, 0});
        float value = loss.forward(logits, new int[] {2, 0});
        double first = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3;
        double second = Math.log(3);
        assertThat((double) value).isCloseTo((first + second) / 2, offset(1e-6));
        float[] p = loss.probabilities().data();
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1f, offset(1e-6f));
        assertThat(p[3]).isCloseTo(1f / 3, offset(1e-7f));
    }

    @Test
    void softmaxCrossEntropyIsStableForLogitsOfTenThousand() {
        var loss = new SoftmaxCrossEntropy();
        Tensor logits = new Tensor(Shape.of(2, 3), new float[] {1e4f, -1e4f, 0, 1e4f, -1e4f, 0});
        float value = loss.forward(logits, new int[] {0, 1});
        assertThat(value).isEqualTo(1e4f);
        Tensor g = loss.backward();
        assertThat(g.data()).containsExactly(0, 0, 0, 0.5f, -0.5f, 0);
        assertThat(loss.probabilities().data()).doesNotContain(Float.NaN);
    }

    @Test
    void softmaxCrossEntropyRejectsLabelsOutsideTheClasses() {
        var loss = new SoftmaxCrossEntropy();
        assertThatThrownBy(() -> loss.forward(Tensor.zeros(2, 10), new int[] {3, 10}))
                .hasMessage("softmax cross-entropy: label 10 of sample 1 is not one of the 10 classes 0…9: "
                        + "give the last layer one output per class");
        assertThatThrownBy(() -> loss.forward(Tensor.zeros(2, 10), new int[] {3}))
                .hasMessageContaining("2 rows of logits but 1 labels");
    }

    @Test
    void squaredLossIsHalfTheSquaredErrorAveragedOverTheBatch() {
        var loss = new SquaredLoss();
        Tensor prediction = new Tensor(Shape.of(2, 1), new float[] {1, 3});
        Tensor target = new Tensor(Shape.of(2), new float[] {0, 1});
        assertThat(loss.forward(prediction, target)).isEqualTo((0.5f * 1 + 0.5f * 4) / 2);
        assertThat(loss.backward().data()).containsExactly(0.5f, 1f);
    }

    @Test
    void squaredLossGradientMatchesNumericalGradient() {
        var loss = new SquaredLoss();
        Tensor prediction = GradientCheck.random(new int[] {4, 3}, 5);
        Tensor target = GradientCheck.random(new int[] {4, 3}, 6);
        loss.forward(prediction, target);
        float[] analytic = loss.backward().data().clone();
        GradientCheck.standard().assertGradient("squared loss", prediction.data(), analytic,
                () -> loss.forward(prediction, target), 2);
    }

    @Test
    void squaredLossRejectsMismatchedShapes() {
        assertThatThrownBy(() -> new SquaredLoss().forward(Tensor.zeros(4, 2), Tensor.zeros(4)))
                .hasMessage("squared loss: the prediction has shape 4×2 but the target has shape 4: "
                        + "give one target value per output");
    }
}
