package io.github.dlplayground.engine.backend.cuda;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every GPU kernel against the pure-Java engine (see {@link GpuCheck}); skipped, with the reason, without a GPU. */
class GpuAgreementTest {
    @TestFactory
    Stream<DynamicTest> everyKernelAgreesWithPureJava() {
        CudaStatus status = CudaDetector.detect();
        assumeTrue(status.available(), () -> "no GPU to test: " + status.reason());
        List<GpuCheck.Result> results = GpuCheck.run(r -> { });
        assertThat(results).hasSizeGreaterThan(40);
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(), () ->
                assertThat(r.error()).as("%s: error %s, tolerance %s", r.name(), r.error(), r.tolerance())
                        .isLessThanOrEqualTo(r.tolerance())));
    }
}
