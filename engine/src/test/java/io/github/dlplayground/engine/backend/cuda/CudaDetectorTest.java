package io.github.dlplayground.engine.backend.cuda;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CudaDetectorTest {
    /** What JCuda 12.6 throws on a machine without the NVIDIA driver (shortened). */
    private static final String JCUDA_WITHOUT_DRIVER = "Error while loading native library "
            + "\"JCudaDriver-12.6.0-linux-x86_64\"\n---(start of nested stack traces)---\n"
            + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open "
            + "shared object file: No such file or directory\n---(end of nested stack traces)---";

    @Test
    void missingDriverLibraryIsNamed() {
        CudaStatus s = CudaDetector.detect(new FakeDriver().failLoading(new UnsatisfiedLinkError(JCUDA_WITHOUT_DRIVER)));
        assertThat(s.available()).isFalse();
        assertThat(s.gpu()).isNull();
        assertThat(s.reason()).isEqualTo("no NVIDIA driver found (libcuda.so.1 is missing): install the NVIDIA "
                + "driver to use a GPU.");
    }

    @Test
    void missingJcudaNativesGiveTheFirstLineOfTheError() {
        CudaStatus s = CudaDetector.detect(new FakeDriver().failLoading(new UnsatisfiedLinkError(
                "no JCudaDriver-12.6.0-linux-x86_64 in java.library.path\nmore detail")));
        assertThat(s.reason()).isEqualTo("the JCuda native library could not be loaded (no "
                + "JCudaDriver-12.6.0-linux-x86_64 in java.library.path).");
    }

    @Test
    void noDeviceFromInitOrFromTheCount() {
        assertThat(CudaDetector.detect(new FakeDriver().initResult(DriverCalls.NO_DEVICE)).reason())
                .isEqualTo("no CUDA device: the NVIDIA driver is installed but finds no GPU.");
        assertThat(CudaDetector.detect(new FakeDriver().devices(0)).reason())
                .isEqualTo("no CUDA device: the NVIDIA driver is installed but finds no GPU.");
    }

    @Test
    void oldOrStubDriversAreExplained() {
        assertThat(CudaDetector.detect(new FakeDriver().initResult(DriverCalls.INSUFFICIENT_DRIVER)).reason())
                .contains("too old");
        assertThat(CudaDetector.detect(new FakeDriver().initResult(DriverCalls.STUB_LIBRARY)).reason())
                .contains("stub");
        assertThat(CudaDetector.detect(new FakeDriver().initResult(999)).reason())
                .isEqualTo("the NVIDIA driver did not start (cuInit: CUDA_ERROR_999).");
    }

    @Test
    void aDeviceIsDescribedLikeNvidiaSmi() {
        CudaStatus s = CudaDetector.detect(new FakeDriver());
        assertThat(s.available()).isTrue();
        assertThat(s.reason()).isNull();
        assertThat(s.gpu().describe()).isEqualTo("Test GPU, compute capability 9.0, 132 multiprocessors, memory "
                + "81,920 MiB, driver 580.65.06, CUDA 13.0");
        assertThat(s.gpu().withFreeBytes(79L << 30).describe()).contains("memory 1,024 MiB used of 81,920 MiB");
    }

    @Test
    void aBrokenDescriptionBecomesAReason() {
        CudaStatus s = CudaDetector.detect(new FakeDriver().failDescribe());
        assertThat(s.available()).isFalse();
        assertThat(s.reason()).startsWith("the NVIDIA driver could not describe the GPU: cuDeviceGetName failed");
    }

    @Test
    void realDetectionGivesOneSentenceOrADevice() {
        CudaStatus s = CudaDetector.detect();
        assertThat(CudaDetector.detect()).isSameAs(s);
        if (s.available()) {
            assertThat(s.gpu().name()).isNotBlank();
        } else {
            assertThat(s.reason()).isNotBlank().doesNotContain("\n").endsWith(".");
        }
    }

    @Test
    void moduleFailuresNameTheDriverOrTheGpu() {
        var gpu = new GpuInfo("Old GPU", 6, 1, 8L << 30, -1, 20, 12020, null);
        assertThat(CudaDevice.moduleReason(DriverCalls.UNSUPPORTED_PTX_VERSION, "x", gpu))
                .contains("CUDA 12.2").contains("580 or newer");
        assertThat(CudaDevice.moduleReason(DriverCalls.NO_BINARY_FOR_GPU, "x", gpu))
                .contains("compute capability 6.1").contains("7.5 or newer");
    }

    /** A driver that works unless told otherwise: one device, "Test GPU". */
    private static final class FakeDriver implements DriverCalls {
        private LinkageError loadError;
        private int init = SUCCESS;
        private int devices = 1;
        private boolean describeFails;

        FakeDriver failLoading(LinkageError e) {
            loadError = e;
            return this;
        }

        FakeDriver initResult(int code) {
            init = code;
            return this;
        }

        FakeDriver devices(int count) {
            devices = count;
            return this;
        }

        FakeDriver failDescribe() {
            describeFails = true;
            return this;
        }

        @Override
        public void loadNatives() {
            if (loadError != null) {
                throw loadError;
            }
        }

        @Override
        public int init() {
            return init;
        }

        @Override
        public int driverVersion(int[] version) {
            version[0] = 13000;
            return SUCCESS;
        }

        @Override
        public int deviceCount(int[] count) {
            count[0] = devices;
            return SUCCESS;
        }

        @Override
        public GpuInfo describe(int device, int cudaDriverVersion) {
            if (describeFails) {
                throw new CudaCallException("cuDeviceGetName", 999, errorName(999));
            }
            return new GpuInfo("Test GPU", 9, 0, 80L << 30, -1, 132, cudaDriverVersion, "580.65.06");
        }

        @Override
        public String errorName(int code) {
            return "CUDA_ERROR_" + code;
        }
    }
}
