package io.github.dlplayground.engine.backend.cuda;

/** The GPU had no room for an allocation; the message says how much was asked, how much is free, what to do. */
public final class CudaOutOfMemoryException extends CudaCallException {
    public CudaOutOfMemoryException(long requestedBytes, long freeBytes, long totalBytes) {
        super("the GPU ran out of memory allocating " + GpuInfo.mebibytes(requestedBytes) + " ("
                + (freeBytes < 0 ? "unknown" : GpuInfo.mebibytes(freeBytes)) + " free of "
                + GpuInfo.mebibytes(totalBytes) + "): use a smaller batch or a CPU backend", DriverCalls.OUT_OF_MEMORY);
    }
}
