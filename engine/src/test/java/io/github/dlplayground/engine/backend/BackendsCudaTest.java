package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.backend.cuda.CudaBackend;
import io.github.dlplayground.engine.backend.cuda.CudaDetector;
import io.github.dlplayground.engine.backend.cuda.CudaStatus;
import io.github.dlplayground.engine.util.ComputePool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class BackendsCudaTest {
    private static final String NO_DRIVER = "no NVIDIA driver found (libcuda.so.1 is missing): install the NVIDIA "
            + "driver to use a GPU.";
    private static final String NO_DEVICE = "no CUDA device: the NVIDIA driver is installed but finds no GPU.";

    private Function<ComputePool, MatrixBackend> original;

    @BeforeEach
    void remember() {
        original = Backends.loader("cuda");
    }

    @AfterEach
    void restore() {
        Backends.replaceLoader("cuda", original);
    }

    private static void simulate(String reason) {
        Backends.replaceLoader("cuda", pool -> CudaBackend.load(pool, Backends::defaultBackend,
                CudaStatus.missing(reason)));
    }

    @Test
    void missingDriverIsReportedAndTheCpuIsUsed() {
        simulate(NO_DRIVER);
        BackendStatus cuda = Backends.probe().get(0);
        assertThat(cuda.name()).isEqualTo("cuda");
        assertThat(cuda.available()).isFalse();
        assertThat(cuda.reason()).isEqualTo(NO_DRIVER);
        assertThat(Backends.defaultName()).isNotEqualTo("cuda");
        assertThat(Backends.select("auto").name()).isEqualTo(Backends.defaultName());
    }

    @Test
    void forcingAMissingGpuFailsWithTheReason() {
        simulate(NO_DEVICE);
        assertThatThrownBy(() -> Backends.select("cuda"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("backend \"cuda\" is not available here: " + NO_DEVICE)
                .hasMessageEndingWith("Choose auto or " + Backends.defaultName() + availableAfter() + ".")
                .hasMessageNotContaining("\n");
    }

    @Test
    void realDetectionNeverBreaksTheCpuBackends() {
        BackendStatus cuda = Backends.probe().get(0);
        assertThat(cuda.name()).isEqualTo("cuda");
        assertThat(Backends.defaultName()).isIn("openblas", "jblas", "java");
        assumeFalse(cuda.available(), () -> "a GPU is present: " + cuda.detail());
        assertThat(cuda.reason()).isEqualTo(CudaDetector.detect().reason()).doesNotContain("\n").endsWith(".");
        assertThatThrownBy(() -> Backends.select("cuda")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(cuda.reason());
    }

    /** ", jblas, java" etc.: the available CPU backends after the default, as the message lists them. */
    private static String availableAfter() {
        var sb = new StringBuilder();
        boolean after = false;
        for (BackendStatus s : Backends.probe()) {
            if (s.name().equals(Backends.defaultName())) {
                after = true;
            } else if (after && s.available()) {
                sb.append(", ").append(s.name());
            }
        }
        return sb.toString();
    }
}
