package io.github.dlplayground.engine.backend.cuda;

/**
 * The few CUDA driver calls that detection makes, behind an interface so that tests can play a machine without
 * natives, without a driver or without a device. Results are CUresult codes (0 = success).
 */
interface DriverCalls {
    int SUCCESS = 0;
    int OUT_OF_MEMORY = 2;
    int STUB_LIBRARY = 34;
    int INSUFFICIENT_DRIVER = 35;
    int NO_DEVICE = 100;
    int NO_BINARY_FOR_GPU = 209;
    int INVALID_PTX = 218;
    int UNSUPPORTED_PTX_VERSION = 222;

    /** Loads JCuda's JNI library (which links libcuda.so.1); throws LinkageError when it cannot. */
    void loadNatives();

    /** cuInit(0). */
    int init();

    /** cuDriverGetVersion: the CUDA version the driver supports, e.g. 13000. */
    int driverVersion(int[] version);

    /** cuDeviceGetCount. */
    int deviceCount(int[] count);

    /** Name, compute capability, memory and multiprocessors of a device; throws CudaCallException on an error. */
    GpuInfo describe(int device, int cudaDriverVersion);

    /** The CUresult's name, e.g. "CUDA_ERROR_NO_DEVICE". */
    String errorName(int code);

    /** The real calls through JCuda. */
    static DriverCalls jcuda() {
        return new JCudaDriverCalls();
    }
}
