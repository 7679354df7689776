package io.github.dlplayground.engine.nn;

import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.testing.GradientCheck;
import io.github.dlplayground.engine.testing.TestBackends;
import io.github.dlplayground.engine.util.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SequentialTest {
    /** A small LeNet-like network with every layer kind: 1×8×8 → 3 classes. */
    private static Sequential smallNet() {
        return new Sequential(List.of(
                new Conv2d(1, 2, 3, 3, 1, 1, 1, 1), new Sigmoid(), new AvgPool2d(2, 2),
                new Conv2d(2, 3, 3, 3, 0, 0, 1, 1), new LeakyRelu(0.1), new MaxPool2d(2, 2),
                new Flatten(), new Linear(3, 5), new Tanh(), new Dropout(0.2), new Linear(5, 3)));
    }

    @Test
    void wholeNetworkBackwardMatchesNumericalGradient() {
        Sequential net = smallNet();
        net.initialize(Init.xavierUniform(), new Rng(3));
        var dropout = (Dropout) net.layers().get(9);
        GradientCheck.standard().checkLayer(net, GradientCheck.random(new int[] {2, 1, 8, 8}, 4), true,
                () -> dropout.initialize(Init.pytorchDefault(), new Rng(1)), 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "openblas", "jblas"})
    void sameSeedGivesBitIdenticalWeightsAfterTraining(String backend) {
        List<float[]> first = trainThreeSteps(7, backend);
        List<float[]> second = trainThreeSteps(7, backend);
        List<float[]> other = trainThreeSteps(8, backend);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("parameter %d", i).containsExactly(first.get(i));
        }
        assertThat(other.get(0)).isNotEqualTo(first.get(0));
    }

    /** Three steps of plain SGD (w ← w − 0.1·∂w) on random data, dropout on; returns every parameter value. */
    private static List<float[]> trainThreeSteps(long seed, String backend) {
        Sequential net = smallNet();
        net.useBackend(TestBackends.require(backend));
        net.initialize(Init.he(), new Rng(seed));
        // One sample per im2col block: the blocks are spread over the pool's threads.
        ((Conv2d) net.layers().get(0)).limitColumnBuffer(9 * 64);
        ((Conv2d) net.layers().get(3)).limitColumnBuffer(18 * 16);
        var loss = new SoftmaxCrossEntropy();
        var rng = new Rng(seed + 100);
        for (int step = 0; step < 3; step++) {
            Tensor x = GradientCheck.random(new int[] {4, 1, 8, 8}, rng.nextLong());
            int[] labels = {rng.nextInt(3), rng.nextInt(3), rng.nextInt(3), rng.nextInt(3)};
            for (Parameter p : net.parameters()) {
                p.zeroGrad();
            }
            loss.forward(net.forward(x, true), labels);
            net.backward(loss.backward());
            for (Parameter p : net.parameters()) {
                for (int i = 0; i < p.size(); i++) {
                    p.value()[i] -= 0.1f * p.grad()[i];
                }
            }
        }
        var values = new ArrayList<float[]>();
        for (Parameter p : net.parameters()) {
            values.add(p.value().clone());
        }
        return values;
    }

    @Test
    void outputShapeChainsAndNamesTheFailingLayer() {
        Sequential net = smallNet();
        assertThat(net.outputShape(Shape.of(1, 8, 8))).isEqualTo(Shape.of(3));
        assertThat(net.parameterCount()).isEqualTo(2 * 9 + 2 + 3 * 2 * 9 + 3 + 3 * 5 + 5 + 5 * 3 + 3);
        assertThatThrownBy(() -> net.outputShape(Shape.of(1, 12, 12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 8 of 11: Linear(3→5) expects 3 input features per sample, got 12: "
                        + "set its input size to 12");
        assertThatThrownBy(() -> net.forward(Tensor.zeros(2, 3, 8, 8), false))
                .hasMessageStartingWith("layer 1 of 11: Conv2d(1→2, 3×3, pad 1) expects 1 input channel, got images "
                        + "3×8×8");
    }

    @Test
    void exposesEachLayersLastOutputAndGradient() {
        Sequential net = smallNet();
        Tensor y = net.forward(GradientCheck.random(new int[] {2, 1, 8, 8}, 1), true);
        Tensor dy = GradientCheck.random(y.shape().dims(), 2);
        net.backward(dy);
        assertThat(net.lastOutput()).isSameAs(y);
        assertThat(net.lastOutputGradient()).isSameAs(dy);
        for (Layer layer : net.layers()) {
            assertThat(layer.lastOutput()).as(layer.describe()).isNotNull();
            assertThat(layer.lastOutputGradient()).as(layer.describe()).isNotNull();
        }
        assertThat(net.layers().get(1).lastOutput().shape()).isEqualTo(Shape.of(2, 2, 8, 8));
    }

    @Test
    void firstLayerCanSkipTheInputGradient() {
        Sequential net = smallNet();
        net.computeInputGradient(false);
        net.forward(GradientCheck.random(new int[] {2, 1, 8, 8}, 1), true);
        assertThat(net.backward(GradientCheck.random(new int[] {2, 3}, 2))).isNull();
        assertThat(net.parameters().get(0).grad()).isNotEqualTo(new float[18]);
    }

    @Test
    void skippingTheInputGradientReachesTheFirstLayerWithParametersAndKeepsGradients() {
        Tensor x = GradientCheck.random(new int[] {3, 2, 2, 2}, 1);
        Tensor dy = GradientCheck.random(new int[] {3, 4}, 2);
        var full = new Sequential(List.of(new Flatten(), new Linear(8, 5), new Relu(), new Linear(5, 4)));
        var skipping = new Sequential(List.of(new Flatten(), new Linear(8, 5), new Relu(), new Linear(5, 4)));
        skipping.computeInputGradient(false);
        full.forward(x, true);
        assertThat(full.backward(dy)).isNotNull();
        skipping.forward(x, true);
        assertThat(skipping.backward(dy)).isNull();
        for (int i = 0; i < full.parameters().size(); i++) {
            assertThat(skipping.parameters().get(i).grad()).containsExactly(full.parameters().get(i).grad());
        }
        Layer firstLinear = skipping.layers().get(1);
        assertThat(firstLinear.backward(firstLinear.lastOutputGradient())).isNull();
    }

    @Test
    void flattenSharesTheDataAndRestoresTheShape() {
        var flatten = new Flatten();
        Tensor x = GradientCheck.random(new int[] {2, 3, 4, 5}, 1);
        Tensor y = flatten.forward(x, false);
        assertThat(y.shape()).isEqualTo(Shape.of(2, 60));
        assertThat(y.data()).isSameAs(x.data());
        assertThat(flatten.backward(y).shape()).isEqualTo(x.shape());
    }
}
