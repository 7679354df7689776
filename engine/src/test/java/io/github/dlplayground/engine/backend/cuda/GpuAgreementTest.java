package io.github.dlplayground.engine.backend.cuda;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every GPU kernel against the pure-Java engine (see {@link GpuCheck}); skipped, with the reason, without a GPU. */
class GpuAgreementTest {
    @Test
    void everyKernelAgreesWithPureJava() {
        CudaStatus status = CudaDetector.detect();
        assumeTrue(status.available(), () -> "no GPU to test: " + status.reason());
        List<GpuCheck.Result> results = GpuCheck.run(r -> { });
        assertThat(results).hasSizeGreaterThan(40);
        var soft = new SoftAssertions();
        for (GpuCheck.Result r : results) {
            soft.assertThat(r.error()).as("%s: error %s, tolerance %s", r.name(), r.error(), r.tolerance())
                    .isLessThanOrEqualTo(r.tolerance());
        }
        soft.assertAll();
    }
}
