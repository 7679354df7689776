package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkBuilderTest {
    private static NetworkSpec everyKind() {
        return new NetworkSpec("all", Shape.of(2, 12, 10), List.of(
                new Conv2dSpec(2, 3, Size2.of(3, 2), Size2.of(1, 0), Size2.of(1, 2)), new BatchNormSpec(3),
                new LeakyReluSpec(0.1),
                new MaxPool2dSpec(Size2.of(2), Size2.of(1), Size2.of(2)), new TanhSpec(),
                new AvgPool2dSpec(Size2.of(2, 1), null, null), new SigmoidSpec(), new FlattenSpec(),
                new DropoutSpec(0.3), new LinearSpec(27, 7), new BatchNormSpec(7), new ReluSpec()));
    }

    @Test
    void runtimeLayersAgreeWithTheSpecs() throws Exception {
        List<NetworkSpec> specs = new ArrayList<>();
        specs.add(everyKind());
        for (String name : Presets.NAMES) {
            specs.add(Presets.load(name).network());
        }
        for (NetworkSpec spec : specs) {
            SpecReport report = spec.validate();
            Sequential net = NetworkBuilder.build(spec, WeightInit.DEFAULT, 3);
            assertThat(net.layers()).hasSize(spec.layers().size());
            for (SpecReport.LayerInfo info : report.layers()) {
                Layer layer = net.layers().get(info.index());
                assertThat(layer.outputShape(info.input())).as(spec.name() + " " + info.index()).isEqualTo(info.output());
                assertThat(layer.parameterCount()).isEqualTo(info.parameterCount());
                assertThat(layer.flops(info.input())).as(spec.name() + " flops " + info.index()).isEqualTo(info.flops());
            }
            Tensor out = net.forward(Tensor.zeros(spec.input().withBatch(2)), false);
            assertThat(out.shape()).isEqualTo(report.output().orElseThrow().withBatch(2));
        }
    }

    @Test
    void batchNormSpecsBecomeBatchNormLayersWithPytorchsStart() throws Exception {
        Sequential net = NetworkBuilder.build(Presets.load("lenet-bn").network(), WeightInit.XAVIER, 1);
        var norms = net.layers().stream().filter(l -> l instanceof io.github.dlplayground.engine.nn.BatchNorm)
                .map(l -> (io.github.dlplayground.engine.nn.BatchNorm) l).toList();
        assertThat(norms).extracting(Layer::describe)
                .containsExactly("BatchNorm(6)", "BatchNorm(16)", "BatchNorm(120)", "BatchNorm(84)");
        for (var norm : norms) {
            assertThat(norm.weight().value()).containsOnly(1f);
            assertThat(norm.bias().value()).containsOnly(0f);
            assertThat(norm.runningVariance()).containsOnly(1f);
        }
    }

    @Test
    void sameSeedSameWeights() throws Exception {
        NetworkSpec lenet = Presets.load("lenet").network();
        List<Parameter> a = NetworkBuilder.build(lenet, WeightInit.XAVIER, 7).parameters();
        List<Parameter> b = NetworkBuilder.build(lenet, WeightInit.XAVIER, 7).parameters();
        List<Parameter> c = NetworkBuilder.build(lenet, WeightInit.XAVIER, 8).parameters();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).value()).isEqualTo(b.get(i).value());
        }
        assertThat(a.get(0).value()).isNotEqualTo(c.get(0).value());
    }

    @Test
    void normalInitHasTheBooksSpread() throws Exception {
        Sequential net = NetworkBuilder.build(Presets.load("softmax").network(), WeightInit.NORMAL, 1);
        float[] w = net.parameters().get(0).value();
        double sumSq = 0;
        for (float v : w) {
            sumSq += v * v;
        }
        assertThat(Math.sqrt(sumSq / w.length)).isBetween(0.0095, 0.0105);
    }

    @Test
    void refusesAnInvalidSpec() {
        var spec = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new LinearSpec(784, 10)));
        assertThatThrownBy(() -> NetworkBuilder.build(spec, WeightInit.DEFAULT, 1))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("Layer 1 (Linear): expects a vector of 784 inputs");
    }
}
