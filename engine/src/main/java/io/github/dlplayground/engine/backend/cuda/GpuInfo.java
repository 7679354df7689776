package io.github.dlplayground.engine.backend.cuda;

import java.util.Locale;

/**
 * One CUDA device as the driver describes it: name, compute capability major.minor, memory in bytes (free is
 * -1 when unknown), multiprocessors, the CUDA version the driver supports (cuDriverGetVersion, e.g. 13000 for
 * 13.0) and the NVIDIA driver's own version ("580.65.06", null when the system does not say).
 */
public record GpuInfo(String name, int major, int minor, long totalBytes, long freeBytes, int multiprocessors,
                      int cudaDriverVersion, String driverVersion) {

    /** "9.0". */
    public String computeCapability() {
        return major + "." + minor;
    }

    /** "13.0" from 13000. */
    public String cudaVersion() {
        return cudaDriverVersion / 1000 + "." + cudaDriverVersion % 1000 / 10;
    }

    /** Bytes in use, or -1 when the free memory is unknown. */
    public long usedBytes() {
        return freeBytes < 0 ? -1 : totalBytes - freeBytes;
    }

    public GpuInfo withFreeBytes(long free) {
        return new GpuInfo(name, major, minor, totalBytes, free, multiprocessors, cudaDriverVersion, driverVersion);
    }

    /**
     * One line like nvidia-smi's: "NVIDIA H100 80GB HBM3, compute capability 9.0, 132 multiprocessors,
     * memory 1,024 MiB used of 81,559 MiB, driver 580.65.06, CUDA 13.0".
     */
    public String describe() {
        var sb = new StringBuilder(name).append(", compute capability ").append(computeCapability())
                .append(", ").append(multiprocessors).append(" multiprocessors, memory ");
        if (freeBytes >= 0) {
            sb.append(mebibytes(usedBytes())).append(" used of ");
        }
        sb.append(mebibytes(totalBytes));
        if (driverVersion != null) {
            sb.append(", driver ").append(driverVersion);
        }
        return sb.append(", CUDA ").append(cudaVersion()).toString();
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
