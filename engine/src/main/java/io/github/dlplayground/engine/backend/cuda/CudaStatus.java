package io.github.dlplayground.engine.backend.cuda;

/**
 * The outcome of looking for a GPU: available with the device's facts, or not with one sentence saying why
 * ("no NVIDIA driver found (libcuda.so.1 is missing)."). Exactly one of {@code gpu} and {@code reason} is null.
 */
public record CudaStatus(boolean available, String reason, GpuInfo gpu) {
    public static CudaStatus found(GpuInfo gpu) {
        return new CudaStatus(true, null, gpu);
    }

    public static CudaStatus missing(String reason) {
        return new CudaStatus(false, reason, null);
    }
}
