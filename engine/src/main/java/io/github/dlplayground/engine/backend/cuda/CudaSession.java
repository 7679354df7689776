package io.github.dlplayground.engine.backend.cuda;

/**
 * The one GPU of this process: detected and opened at most once (natives and the primary context are
 * process-wide), shared by the GEMM backend, the device-resident training and the checks. A failure to open
 * is remembered with its reason.
 */
public final class CudaSession {
    private static CudaDevice device;
    private static String failure;

    private CudaSession() {
    }

    /** GPU 0 with the kernels loaded; throws {@link CudaUnavailableException} with the reason when there is none. */
    public static synchronized CudaDevice open() {
        CudaStatus status = CudaDetector.detect();
        if (!status.available()) {
            throw new CudaUnavailableException(status.reason());
        }
        return device(status.gpu());
    }

    static synchronized CudaDevice device(GpuInfo gpu) {
        if (device == null && failure == null) {
            try {
                device = CudaDevice.open(gpu);
            } catch (CudaUnavailableException e) {
                failure = e.getMessage();
            } catch (CudaCallException e) {
                failure = "the GPU could not be opened: " + e.getMessage() + ".";
            }
        }
        if (device == null) {
            throw new CudaUnavailableException(failure);
        }
        return device;
    }
}
