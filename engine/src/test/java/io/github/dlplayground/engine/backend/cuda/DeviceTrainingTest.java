package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.BatchNorm;
import io.github.dlplayground.engine.nn.Flatten;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DeviceTrainingTest {
    @Test
    void everyPresetButLenetBnCanTrainOnTheGpu() throws Exception {
        for (String name : Presets.NAMES) {
            NetworkSpec spec = Presets.load(name).network();
            String reason = DeviceTraining.unsupported(spec, NetworkBuilder.build(spec, WeightInit.XAVIER, 0));
            if (name.equals("lenet-bn")) {
                assertThat(reason).isEqualTo("layer 2 (BatchNorm(6)) has no GPU kernels.");
            } else {
                assertThat(reason).as(name).isNull();
            }
        }
    }

    @Test
    void aLayerWithoutKernelsOrADifferentSpecIsNamed() {
        var spec = new NetworkSpec("n", Shape.of(1, 4, 4), List.of(new FlattenSpec(), new LinearSpec(16, 3),
                new ReluSpec()));
        var withBatchNorm = new Sequential(List.of(new Flatten(), new Linear(16, 3), new BatchNorm(3)));
        assertThat(DeviceTraining.unsupported(spec, withBatchNorm)).startsWith("layer 3 (BatchNorm")
                .endsWith(") has no GPU kernels.");
        var shorter = new Sequential(List.of(new Flatten(), new Linear(16, 3)));
        assertThat(DeviceTraining.unsupported(spec, shorter)).isEqualTo("the network has 2 layers but its spec 3.");
    }

    @Test
    void withoutAGpuCreatingSaysWhy() throws Exception {
        CudaStatus status = CudaDetector.detect();
        assumeFalse(status.available(), "a GPU is present here");
        NetworkSpec spec = Presets.load("mlp").network();
        var network = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        assertThatThrownBy(() -> DeviceTraining.create(spec, network, new Sgd(network.parameters(), 0.1), 0))
                .isInstanceOf(CudaUnavailableException.class).hasMessage(status.reason());
    }

    @Test
    void windowsFollowPytorchsOutputSize() {
        var window = Window.over(Shape.of(3, 28, 27), 5, 3, 2, 0, 2, 1);
        assertThat(window.outH()).isEqualTo(14);
        assertThat(window.outW()).isEqualTo(25);
        assertThat(window.arguments()).containsExactly(28, 27, 5, 3, 2, 0, 2, 1, 14, 25);
        assertThatThrownBy(() -> Window.over(Shape.of(10), 2, 2, 0, 0, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreementErrorIsRelativeToTheCpuScaleAndNaNNeverPasses() {
        assertThat(GpuCheck.error(new float[] {100, 1}, new float[] {100.5f, 1})).isEqualTo(0.005);
        assertThat(GpuCheck.error(new float[] {0.1f}, new float[] {0.2f})).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(new GpuCheck.Result("x", GpuCheck.error(new float[] {1}, new float[] {Float.NaN}), 1).passed())
                .isFalse();
    }
}
