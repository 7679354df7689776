package io.github.dlplayground.engine.backend.cuda;

/**
 * Looks for a usable NVIDIA GPU in three steps — JCuda's natives load (they link the driver's libcuda.so.1),
 * cuInit succeeds, at least one device exists — and turns each failure into one sentence. Never throws.
 * Device 0 is the one used.
 */
public final class CudaDetector {
    private CudaDetector() {
    }

    private static CudaStatus real;

    /**
     * Detection with the real driver, done once per process: JCuda's natives can be loaded only once, and a
     * second attempt after a failure would report a misleading NoClassDefFoundError.
     */
    public static synchronized CudaStatus detect() {
        if (real == null) {
            real = detect(DriverCalls.jcuda());
        }
        return real;
    }

    static CudaStatus detect(DriverCalls calls) {
        try {
            calls.loadNatives();
        } catch (LinkageError e) {
            return CudaStatus.missing(nativesReason(e));
        }
        try {
            int init = calls.init();
            if (init != DriverCalls.SUCCESS) {
                return CudaStatus.missing(initReason(init, calls.errorName(init)));
            }
            int[] version = new int[1];
            int versionResult = calls.driverVersion(version);
            if (versionResult != DriverCalls.SUCCESS) {
                version[0] = 0;
            }
            int[] count = new int[1];
            int countResult = calls.deviceCount(count);
            if (countResult == DriverCalls.NO_DEVICE || (countResult == DriverCalls.SUCCESS && count[0] < 1)) {
                return CudaStatus.missing(noDevice());
            }
            if (countResult != DriverCalls.SUCCESS) {
                return CudaStatus.missing("the NVIDIA driver could not count the GPUs: "
                        + calls.errorName(countResult) + ".");
            }
            return CudaStatus.found(calls.describe(0, version[0]));
        } catch (CudaCallException e) {
            return CudaStatus.missing("the NVIDIA driver could not describe the GPU: " + e.getMessage() + ".");
        } catch (RuntimeException | LinkageError e) {
            return CudaStatus.missing("the CUDA driver failed while looking for a GPU: " + firstLine(e) + ".");
        }
    }

    /** Why the natives did not load: the driver's library is missing, or JCuda's own library or classes. */
    static String nativesReason(LinkageError e) {
        String message = fullMessage(e);
        if (message.contains("libcuda.so")) {
            return "no NVIDIA driver found (libcuda.so.1 is missing): install the NVIDIA driver to use a GPU.";
        }
        if (e instanceof NoClassDefFoundError && message.contains("jcuda")) {
            return "the JCuda library (org.jcuda:jcuda) is not on the class path.";
        }
        return "the JCuda native library could not be loaded (" + firstLine(e) + ").";
    }

    static String initReason(int code, String name) {
        return switch (code) {
            case DriverCalls.NO_DEVICE -> noDevice();
            case DriverCalls.INSUFFICIENT_DRIVER -> "the NVIDIA driver is too old for CUDA 12 (JCuda 12.6): "
                    + "update the driver.";
            case DriverCalls.STUB_LIBRARY -> "libcuda.so.1 is the CUDA toolkit's stub library, not a driver: "
                    + "install the NVIDIA driver.";
            default -> "the NVIDIA driver did not start (cuInit: " + name + ").";
        };
    }

    static String noDevice() {
        return "no CUDA device: the NVIDIA driver is installed but finds no GPU.";
    }

    private static String fullMessage(Throwable e) {
        var sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
