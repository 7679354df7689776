package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.app.shell.SettingsData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentReportTest {
    @Test
    void gathersThisMachinesFacts() {
        var report = EnvironmentReport.gather(SettingsData.defaults(), DataSourceProbe.NONE);
        assertThat(report.javaVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(report.javafxVersion()).isEqualTo("21.0.11");
        assertThat(report.cpuCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(report.backends()).extracting(BackendFact::name).contains("java");
        assertThat(report.backendInUse()).isEqualTo(report.defaultBackend());
        assertThat(report.selectedBackendUsable()).isTrue();
        assertThat(report.dataSources()).isEmpty();
    }

    @Test
    void selectedBackendThatIsNotAvailableIsReported() {
        var report = EnvironmentReport.gather(new SettingsData("en", "light", false, "warp-drive", null),
                DataSourceProbe.NONE);
        assertThat(report.selectedBackendUsable()).isFalse();
        assertThat(EnvironmentText.text(report)).contains("warp-drive (not available here)");
    }

    @Test
    void aFailingDataProbeBecomesAProblemNotACrash() {
        var report = EnvironmentReport.gather(SettingsData.defaults(), folder -> {
            throw new java.io.IOException("train-images-idx3-ubyte.gz is truncated");
        });
        assertThat(report.dataProblem()).isEqualTo("train-images-idx3-ubyte.gz is truncated");
        assertThat(EnvironmentText.text(report)).contains("problem: train-images-idx3-ubyte.gz is truncated");
    }

    @Test
    void gpuComesFromTheGpuBackendOrSaysTheBuildHasNone() {
        assertThat(GpuFact.from(List.of(new BackendFact("java", true, null, "loops"))).reason())
                .isEqualTo("this build has no GPU backend.");
        var gpu = GpuFact.from(List.of(new BackendFact("cuda", false, "no CUDA driver (libcuda.so.1 not found).", null)));
        assertThat(gpu.available()).isFalse();
        assertThat(gpu.reason()).startsWith("no CUDA driver");
        assertThat(GpuFact.from(List.of(new BackendFact("cuda", true, null, "NVIDIA H100, 80 GiB"))).detail())
                .isEqualTo("NVIDIA H100, 80 GiB");
    }
}
