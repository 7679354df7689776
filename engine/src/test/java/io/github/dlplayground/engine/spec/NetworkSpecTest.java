package io.github.dlplayground.engine.spec;

import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkSpecTest {
    private static NetworkSpec lenet() {
        return new NetworkSpec("LeNet", Shape.of(1, 28, 28), List.of(
                new Conv2dSpec(1, 6, 5, 2), new SigmoidSpec(), new AvgPool2dSpec(2),
                new Conv2dSpec(6, 16, 5, 0), new SigmoidSpec(), new AvgPool2dSpec(2),
                new FlattenSpec(), new LinearSpec(400, 120), new SigmoidSpec(),
                new LinearSpec(120, 84), new SigmoidSpec(), new LinearSpec(84, 10)));
    }

    @Test
    void infersLenetShapesParametersAndFlops() {
        SpecReport report = lenet().validate(10);
        assertThat(report.isValid()).isTrue();
        assertThat(report.layers()).extracting(l -> l.output().toString()).containsExactly(
                "6×28×28", "6×28×28", "6×14×14", "16×10×10", "16×10×10", "16×5×5", "400", "120", "120", "84", "84", "10");
        // 156 + 2416 + 48120 + 10164 + 850, the book's LeNet
        assertThat(report.parameterCount()).isEqualTo(61_706);
        assertThat(report.layers().get(0).flops()).isEqualTo((2L * 25 + 1) * 6 * 28 * 28);
        assertThat(report.layers().get(2).flops()).isEqualTo(6L * 14 * 14 * 4);
        assertThat(report.output()).contains(Shape.of(10));
    }

    @Test
    void linearOnAnImageSaysWhatToChange() {
        NetworkSpec spec = new NetworkSpec("", Shape.of(1, 28, 28), List.of(
                new Conv2dSpec(1, 6, 5, 2), new ReluSpec(), new MaxPool2dSpec(2), new LinearSpec(784, 10)));
        SpecReport report = spec.validate();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.layerIndex()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Layer 4 (Linear): expects 784 inputs but receives 6×14×14 = 1176"
                    + " — set in_features to 1176 or add Flatten");
        });
        assertThat(report.layers()).hasSize(3);
        assertThat(report.output()).isEmpty();
    }

    @Test
    void missingFlattenWhenSizesAgree() {
        var spec = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new LinearSpec(784, 10)));
        assertThat(spec.validate().firstProblem().orElseThrow().message())
                .isEqualTo("Layer 1 (Linear): expects a vector of 784 inputs but receives 1×28×28 — add Flatten before it");
    }

    @Test
    void convolutionChannelAndWindowProblems() {
        var channels = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new Conv2dSpec(3, 6, 5, 0)));
        assertThat(channels.validate().firstProblem().orElseThrow().message())
                .isEqualTo("Layer 1 (Conv2d): expects 3 input channels but receives 1×28×28 with 1 — set in_channels to 1");
        var tooBig = new NetworkSpec("", Shape.of(1, 4, 4), List.of(new Conv2dSpec(1, 6, 5, 0)));
        assertThat(tooBig.validate().firstProblem().orElseThrow().message())
                .startsWith("Layer 1 (Conv2d): its 5×5 window does not fit into the 4×4 input");
        var afterFlatten = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new FlattenSpec(), new MaxPool2dSpec(2)));
        assertThat(afterFlatten.validate().firstProblem().orElseThrow().message())
                .startsWith("Layer 2 (MaxPool2d): needs an image input (channels×height×width) but receives a vector of 784");
    }

    @Test
    void listsEveryBadSettingByLayer() {
        var spec = new NetworkSpec("", Shape.of(784), List.of(new LinearSpec(784, 0), new DropoutSpec(1.5),
                new LinearSpec(0, 10)));
        SpecReport report = spec.validate();
        assertThat(report.problems()).extracting(SpecReport.Problem::layerIndex).containsExactly(0, 1, 2);
        assertThat(report.problems().get(0).message()).isEqualTo("Layer 1 (Linear): out_features must be at least 1, got 0");
        assertThat(report.problems().get(1).message()).startsWith("Layer 2 (Dropout): p must be in [0, 1), got 1.5");
    }

    @Test
    void wrongNumberOfOutputsNamesTheLastLinear() {
        var spec = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new FlattenSpec(), new LinearSpec(784, 84),
                new ReluSpec()));
        assertThat(spec.validate(10).firstProblem().orElseThrow().message())
                .isEqualTo("the network ends in 84 outputs but the data has 10 classes — set out_features of layer 2"
                        + " (Linear) to 10");
        assertThat(spec.validate().isValid()).isTrue();
    }

    @Test
    void badInputShapeAndEmptyNetwork() {
        var spec = new NetworkSpec("", List.of(28, 28), List.of(new FlattenSpec()));
        assertThat(spec.validate().firstProblem().orElseThrow().message()).startsWith("input_shape [28, 28] must be");
        var empty = new NetworkSpec("", Shape.of(784), List.of());
        assertThat(empty.validate().firstProblem().orElseThrow().layerIndex()).isEqualTo(-1);
        assertThatThrownBy(() -> empty.validate().requireValid("x.json"))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("x.json: the network has no layers");
    }

    @Test
    void poolingDefaultsAndPaddingRule() {
        var pool = new MaxPool2dSpec(Size2.of(3), null, null);
        assertThat(pool.stride()).isEqualTo(Size2.of(3));
        assertThat(pool.padding()).isEqualTo(Size2.of(0));
        assertThat(new AvgPool2dSpec(Size2.of(2), Size2.of(2), null).problems())
                .containsExactly("padding 2 must be at most half of kernel_size 2");
        assertThat(new Conv2dSpec(1, 6, Size2.of(3, 5), Size2.of(1, 2), Size2.of(2)).outputShape(Shape.of(1, 28, 28)))
                .isEqualTo(Shape.of(6, 14, 14));
    }

    @Test
    void editsReturnCopies() {
        NetworkSpec spec = lenet();
        NetworkSpec edited = spec.withLayer(1, new ReluSpec()).without(11).withInserted(0, new DropoutSpec(0.1));
        assertThat(spec.layers()).hasSize(12);
        assertThat(edited.layers()).hasSize(12);
        assertThat(edited.layers().get(0)).isEqualTo(new DropoutSpec(0.1));
        assertThat(edited.layers().get(2)).isEqualTo(new ReluSpec());
        assertThat(edited.validate(10).isValid()).isFalse();
    }

    @Test
    void describesLayers() {
        assertThat(new Conv2dSpec(1, 6, 5, 2).describe()).isEqualTo("Conv2d(1→6, 5×5, padding 2)");
        assertThat(new AvgPool2dSpec(2).describe()).isEqualTo("AvgPool2d(2×2)");
        assertThat(new LinearSpec(784, 10).describe()).isEqualTo("Linear(784 → 10)");
    }

    @Test
    void batchNormKeepsTheShapeAfterConvolutionAndLinear() {
        var spec = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new Conv2dSpec(1, 6, 5, 0), new BatchNormSpec(6),
                new FlattenSpec(), new LinearSpec(3456, 120), new BatchNormSpec(120), new LinearSpec(120, 10)));
        SpecReport report = spec.validate(10);
        assertThat(report.isValid()).isTrue();
        assertThat(report.layers().get(1).output()).isEqualTo(Shape.of(6, 24, 24));
        assertThat(report.layers().get(1).parameterCount()).isEqualTo(12);
        assertThat(report.layers().get(1).flops()).isEqualTo(2L * 6 * 24 * 24);
        assertThat(report.layers().get(4).output()).isEqualTo(Shape.of(120));
        assertThat(report.layers().get(4).parameterCount()).isEqualTo(240);
        assertThat(new BatchNormSpec(16).describe()).isEqualTo("BatchNorm(16)");
    }

    @Test
    void batchNormOfTheWrongSizeSaysWhatToChange() {
        var channels = new NetworkSpec("", Shape.of(1, 28, 28), List.of(new Conv2dSpec(1, 16, 5, 0),
                new BatchNormSpec(6)));
        assertThat(channels.validate().firstProblem().orElseThrow().message()).isEqualTo("Layer 2 (BatchNorm):"
                + " normalises 6 channels but receives 16×24×24 with 16 — set num_features to 16");
        var features = new NetworkSpec("", Shape.of(784), List.of(new LinearSpec(784, 84), new BatchNormSpec(120)));
        assertThat(features.validate().firstProblem().orElseThrow().message()).isEqualTo("Layer 2 (BatchNorm):"
                + " normalises 120 features but receives 84 — set num_features to 84");
        var zero = new NetworkSpec("", Shape.of(784), List.of(new BatchNormSpec(0)));
        assertThat(zero.validate().problems()).extracting(SpecReport.Problem::message)
                .containsExactly("Layer 1 (BatchNorm): num_features must be at least 1, got 0");
    }
}
