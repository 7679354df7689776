package io.github.dlplayground.engine.backend.cuda;

import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Detection's driver calls through JCuda (org.jcuda:jcuda 12.6 with its linux-x86_64 natives). */
final class JCudaDriverCalls implements DriverCalls {
    private static final Path NVIDIA_VERSION_FILE = Path.of("/proc/driver/nvidia/version");
    private static final Pattern DRIVER_VERSION = Pattern.compile("Kernel Module\\s+([0-9][0-9.]*)");

    @Override
    public void loadNatives() {
        // JCudaDriver's static initialiser loads libJCudaDriver, which needs libcuda.so.1 from the driver.
        JCudaDriver.setExceptionsEnabled(false);
    }

    @Override
    public int init() {
        return JCudaDriver.cuInit(0);
    }

    @Override
    public int driverVersion(int[] version) {
        return JCudaDriver.cuDriverGetVersion(version);
    }

    @Override
    public int deviceCount(int[] count) {
        return JCudaDriver.cuDeviceGetCount(count);
    }

    @Override
    public GpuInfo describe(int ordinal, int cudaDriverVersion) {
        var device = new CUdevice();
        check(JCudaDriver.cuDeviceGet(device, ordinal), "cuDeviceGet");
        byte[] name = new byte[256];
        check(JCudaDriver.cuDeviceGetName(name, name.length, device), "cuDeviceGetName");
        long[] total = new long[1];
        check(JCudaDriver.cuDeviceTotalMem(total, device), "cuDeviceTotalMem");
        return new GpuInfo(cString(name), attribute(device, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR),
                attribute(device, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR), total[0], -1,
                attribute(device, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT), cudaDriverVersion,
                nvidiaDriverVersion());
    }

    @Override
    public String errorName(int code) {
        return CUresult.stringFor(code);
    }

    private int attribute(CUdevice device, int attribute) {
        int[] value = new int[1];
        check(JCudaDriver.cuDeviceGetAttribute(value, attribute, device), "cuDeviceGetAttribute");
        return value[0];
    }

    private void check(int code, String call) {
        if (code != SUCCESS) {
            throw new CudaCallException(call, code, errorName(code));
        }
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).trim();
    }

    /** The NVIDIA kernel module's version from /proc (Linux), or null. */
    static String nvidiaDriverVersion() {
        try {
            var matcher = DRIVER_VERSION.matcher(Files.readString(NVIDIA_VERSION_FILE));
            return matcher.find() ? matcher.group(1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
