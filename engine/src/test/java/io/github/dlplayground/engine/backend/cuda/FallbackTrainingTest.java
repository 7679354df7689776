package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class FallbackTrainingTest {
    private static final Tensor IMAGES = Tensor.zeros(2, 1, 28, 28);
    private static final int[] LABELS = {0, 1};

    /** Records what happens to it; the GPU one runs out of memory at step {@code failAt}. */
    private static final class Recorder implements TrainingStep {
        final List<String> log;
        final String name;
        final int failAt;
        int steps;

        Recorder(List<String> log, String name, int failAt) {
            this.log = log;
            this.name = name;
            this.failAt = failAt;
        }

        @Override
        public Outcome step(Tensor images, int[] labels) {
            steps++;
            if (steps == failAt) {
                throw new CudaOutOfMemoryException(512L << 20, 100L << 20, 8L << 30);
            }
            log.add(name + " step");
            return new Outcome(1f / steps, 0.5, true);
        }

        @Override
        public void copyWeightsToHost() {
            log.add(name + " copy");
        }

        @Override
        public void close() {
            log.add(name + " close");
        }
    }

    @Test
    void outOfMemoryBringsTheWeightsBackAndContinuesOnTheCpu() {
        var log = new ArrayList<String>();
        var training = new FallbackTraining(new Recorder(log, "gpu", 3), new Recorder(log, "cpu", -1), null);
        assertThat(training.onGpu()).isTrue();
        training.step(IMAGES, LABELS);
        training.step(IMAGES, LABELS);
        assertThat(training.step(IMAGES, LABELS).updated()).isTrue();
        training.step(IMAGES, LABELS);
        assertThat(training.onGpu()).isFalse();
        assertThat(training.note()).isEqualTo("training moved to the CPU: the GPU ran out of memory allocating "
                + "512 MiB (100 MiB free of 8,192 MiB): use a smaller batch or a CPU backend");
        assertThat(log).containsExactly("gpu step", "gpu step", "gpu copy", "gpu close", "cpu step", "cpu step");
        training.close();
        assertThat(log).endsWith("cpu close");
    }

    @Test
    void withoutAGpuTheCpuTrainsFromTheStartAndSaysWhy() throws Exception {
        CudaStatus status = CudaDetector.detect();
        assumeFalse(status.available(), "a GPU is present here");
        NetworkSpec spec = Presets.load("mlp").network();
        Sequential network = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        var log = new ArrayList<String>();
        try (var training = FallbackTraining.start(spec, network, new Sgd(network.parameters(), 0.1), 0,
                new Recorder(log, "cpu", -1))) {
            assertThat(training.onGpu()).isFalse();
            assertThat(training.note()).isEqualTo("training on the CPU: " + status.reason());
            training.step(IMAGES, LABELS);
        }
        assertThat(log).containsExactly("cpu step", "cpu close");
    }

    @Test
    void aNetworkWithBatchNormTrainsOnTheCpuAndSaysWhichLayerHasNoKernels() throws Exception {
        NetworkSpec spec = Presets.load("lenet-bn").network();
        Sequential network = NetworkBuilder.build(spec, WeightInit.XAVIER, 0);
        assertThatThrownBy(() -> DeviceTraining.create(spec, network, new Sgd(network.parameters(), 1.0), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 2 (BatchNorm(6)) has no GPU kernels.");
        var log = new ArrayList<String>();
        try (var training = FallbackTraining.start(spec, network, new Sgd(network.parameters(), 1.0), 0,
                new Recorder(log, "cpu", -1))) {
            assertThat(training.onGpu()).isFalse();
            assertThat(training.note()).isEqualTo("training on the CPU: layer 2 (BatchNorm(6)) has no GPU kernels.");
            training.step(IMAGES, LABELS);
        }
        assertThat(log).containsExactly("cpu step", "cpu close");
    }
}
