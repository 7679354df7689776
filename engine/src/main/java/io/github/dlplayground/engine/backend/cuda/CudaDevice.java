package io.github.dlplayground.engine.backend.cuda;

import jcuda.NativePointerObject;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUgraph;
import jcuda.driver.CUgraphExec;
import jcuda.driver.CUmodule;
import jcuda.driver.CUstream;
import jcuda.driver.CUstreamCaptureMode;
import jcuda.driver.CUstream_flags;
import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * GPU 0 with the engine's kernels loaded: its primary context, the module JIT-compiled by the driver from the
 * PTX resource, memory allocation (an out-of-memory error becomes {@link CudaOutOfMemoryException}), copies and
 * kernel launches. Every method makes the context current on the calling thread and holds this object's lock,
 * so any thread may call; a sequence of calls that must not interleave synchronises on the device itself.
 */
public final class CudaDevice {
    /** The PTX of engine/src/main/cuda/kernels.cu (regenerate with build-ptx.sh). */
    static final String PTX_RESOURCE = "/io/github/dlplayground/engine/backend/cuda/kernels.ptx";
    /** Threads per block of the elementwise kernels. */
    static final int THREADS = 256;
    private static final int MAX_BLOCKS = 1 << 16;

    private final CUdevice device = new CUdevice();
    private final CUcontext context = new CUcontext();
    private final CUmodule module = new CUmodule();
    /** The stream every kernel and memset goes to (copies to and from the host use the legacy stream, which
     *  waits for it), so that a training step can be recorded as a CUDA graph. */
    private final CUstream stream = new CUstream();
    private final Map<String, CUfunction> functions = new HashMap<>();
    private final GpuInfo info;
    private DeviceBuffer scratch;
    private int frees;

    private CudaDevice(GpuInfo info) {
        this.info = info;
    }

    /**
     * Opens device 0 (detected before: {@code info}) and loads the kernels. Throws CudaUnavailableException with
     * one sentence when the driver cannot run them (too old for the PTX, or a GPU older than the PTX target).
     */
    static synchronized CudaDevice open(GpuInfo info) {
        var gpu = new CudaDevice(info);
        gpu.check(JCudaDriver.cuDeviceGet(gpu.device, 0), "cuDeviceGet");
        gpu.check(JCudaDriver.cuDevicePrimaryCtxRetain(gpu.context, gpu.device), "cuDevicePrimaryCtxRetain");
        gpu.check(JCudaDriver.cuCtxSetCurrent(gpu.context), "cuCtxSetCurrent");
        int loaded = JCudaDriver.cuModuleLoadData(gpu.module, ptx());
        if (loaded != DriverCalls.SUCCESS) {
            throw new CudaUnavailableException(moduleReason(loaded, CUresult.stringFor(loaded), info));
        }
        gpu.check(JCudaDriver.cuStreamCreate(gpu.stream, CUstream_flags.CU_STREAM_DEFAULT), "cuStreamCreate");
        return gpu;
    }

    /** One sentence for a PTX module the driver would not load. */
    static String moduleReason(int code, String name, GpuInfo info) {
        return switch (code) {
            case DriverCalls.UNSUPPORTED_PTX_VERSION -> "the NVIDIA driver (CUDA " + info.cudaVersion()
                    + ") is too old for the engine's GPU kernels, which are PTX 9.0 from CUDA 13: update the driver "
                    + "to version 580 or newer.";
            case DriverCalls.NO_BINARY_FOR_GPU, DriverCalls.INVALID_PTX -> "the GPU (compute capability "
                    + info.computeCapability() + ") cannot run the engine's GPU kernels, which need compute "
                    + "capability 7.5 or newer.";
            default -> "the NVIDIA driver could not load the engine's GPU kernels (cuModuleLoadData: " + name + ").";
        };
    }

    private static byte[] ptx() {
        try (InputStream in = CudaDevice.class.getResourceAsStream(PTX_RESOURCE)) {
            if (in == null) {
                throw new CudaUnavailableException("the GPU kernels (" + PTX_RESOURCE + ") are missing from this build.");
            }
            byte[] text = in.readAllBytes();
            byte[] terminated = new byte[text.length + 1];
            System.arraycopy(text, 0, terminated, 0, text.length);
            return terminated;
        } catch (IOException e) {
            throw new CudaUnavailableException("the GPU kernels could not be read: " + e.getMessage() + ".");
        }
    }

    /** The facts detected at start-up with the memory in use now. */
    public synchronized GpuInfo info() {
        makeCurrent();
        long[] free = new long[1];
        long[] total = new long[1];
        if (JCudaDriver.cuMemGetInfo(free, total) != DriverCalls.SUCCESS) {
            return info;
        }
        return info.withFreeBytes(free[0]);
    }

    /**
     * Scratch space for partial products (split-k SGEMM) holding at least {@code floats} values. Kernels run in
     * launch order on one stream, so every caller may reuse it once its own launches are queued.
     */
    synchronized DeviceBuffer scratch(long floats) {
        if (scratch == null) {
            scratch = buffer();
        }
        return scratch.ensure(floats);
    }

    /** A new, empty buffer on this device (allocated by its first {@link DeviceBuffer#ensure}). */
    public DeviceBuffer buffer() {
        return new DeviceBuffer(this);
    }

    synchronized CUdeviceptr allocate(long bytes) {
        makeCurrent();
        var pointer = new CUdeviceptr();
        int code = JCudaDriver.cuMemAlloc(pointer, bytes);
        if (code == DriverCalls.OUT_OF_MEMORY) {
            long[] free = {-1};
            long[] total = {info.totalBytes()};
            JCudaDriver.cuMemGetInfo(free, total);
            throw new CudaOutOfMemoryException(bytes, free[0], total[0]);
        }
        check(code, "cuMemAlloc(" + bytes + " bytes)");
        return pointer;
    }

    synchronized void free(CUdeviceptr pointer) {
        makeCurrent();
        JCudaDriver.cuMemFree(pointer);
        frees++;
    }

    synchronized void upload(CUdeviceptr target, float[] source, int offset, int length) {
        makeCurrent();
        if (length > 0) {
            check(JCudaDriver.cuMemcpyHtoD(target, Pointer.to(source).withByteOffset((long) offset * Float.BYTES),
                    (long) length * Float.BYTES), "cuMemcpyHtoD");
        }
    }

    synchronized void uploadInts(CUdeviceptr target, int[] source) {
        makeCurrent();
        if (source.length > 0) {
            check(JCudaDriver.cuMemcpyHtoD(target, Pointer.to(source), (long) source.length * Integer.BYTES),
                    "cuMemcpyHtoD");
        }
    }

    synchronized void download(float[] target, int offset, int length, CUdeviceptr source) {
        makeCurrent();
        if (length > 0) {
            check(JCudaDriver.cuMemcpyDtoH(Pointer.to(target).withByteOffset((long) offset * Float.BYTES), source,
                    (long) length * Float.BYTES), "cuMemcpyDtoH");
        }
    }

    synchronized void uploadLongs(CUdeviceptr target, long[] source) {
        makeCurrent();
        if (source.length > 0) {
            check(JCudaDriver.cuMemcpyHtoD(target, Pointer.to(source), (long) source.length * Long.BYTES),
                    "cuMemcpyHtoD");
        }
    }

    synchronized void downloadInts(int[] target, CUdeviceptr source) {
        makeCurrent();
        if (target.length > 0) {
            check(JCudaDriver.cuMemcpyDtoH(Pointer.to(target), source, (long) target.length * Integer.BYTES),
                    "cuMemcpyDtoH");
        }
    }

    synchronized void downloadDoubles(double[] target, CUdeviceptr source) {
        makeCurrent();
        if (target.length > 0) {
            check(JCudaDriver.cuMemcpyDtoH(Pointer.to(target), source, (long) target.length * Double.BYTES),
                    "cuMemcpyDtoH");
        }
    }

    synchronized void zero(CUdeviceptr target, long count) {
        fill(target, 0, count);
    }

    /** Sets {@code count} 4-byte values to the bits {@code bits}. */
    synchronized void fill(CUdeviceptr target, int bits, long count) {
        makeCurrent();
        if (count > 0) {
            check(JCudaDriver.cuMemsetD32Async(target, bits, count, stream), "cuMemsetD32Async");
        }
    }

    /** Copies {@code count} 4-byte values between device buffers. */
    synchronized void copy(CUdeviceptr target, CUdeviceptr source, long count) {
        makeCurrent();
        if (count > 0) {
            check(JCudaDriver.cuMemcpyDtoDAsync(target, source, count * Float.BYTES, stream), "cuMemcpyDtoDAsync");
        }
    }

    /**
     * Records what {@code work} queues on the stream (kernels, memsets, device copies — nothing that touches the
     * host) as a graph, instantiated for {@link #replay}. Throws CudaCallException when the driver refuses;
     * the capture is then ended and nothing is left recorded.
     */
    synchronized CUgraphExec record(Runnable work) {
        makeCurrent();
        check(JCudaDriver.cuStreamBeginCapture(stream, CUstreamCaptureMode.CU_STREAM_CAPTURE_MODE_RELAXED),
                "cuStreamBeginCapture");
        var graph = new CUgraph();
        RuntimeException failure = null;
        try {
            work.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        int ended = JCudaDriver.cuStreamEndCapture(stream, graph);
        if (failure != null) {
            if (ended == DriverCalls.SUCCESS) {
                JCudaDriver.cuGraphDestroy(graph);
            }
            throw failure;
        }
        check(ended, "cuStreamEndCapture");
        try {
            var exec = new CUgraphExec();
            check(JCudaDriver.cuGraphInstantiate(exec, graph, 0), "cuGraphInstantiate");
            return exec;
        } finally {
            JCudaDriver.cuGraphDestroy(graph);
        }
    }

    /** Queues a recorded graph on the stream. */
    synchronized void replay(CUgraphExec graph) {
        makeCurrent();
        check(JCudaDriver.cuGraphLaunch(graph, stream), "cuGraphLaunch");
    }

    synchronized void forget(CUgraphExec graph) {
        makeCurrent();
        JCudaDriver.cuGraphExecDestroy(graph);
    }

    /**
     * How many blocks of device memory have been freed (a buffer that grew frees its old block): a recorded graph
     * may hold any of them, so it is stale once this count moves.
     */
    synchronized int frees() {
        return frees;
    }

    /** The number of multiprocessors, detected at start-up (without asking the driver for memory figures). */
    int multiprocessors() {
        return info.multiprocessors();
    }

    /** Waits for every launched kernel; surfaces their errors. */
    public synchronized void synchronize() {
        makeCurrent();
        check(JCudaDriver.cuCtxSynchronize(), "cuCtxSynchronize");
    }

    /**
     * Launches {@code kernel} on a gridX × gridY grid of blockX × blockY threads. Arguments in the kernel's
     * order: Integer (int), Long (long long), Float, Double, CUdeviceptr or DeviceBuffer (pointers).
     */
    synchronized void launch(String kernel, int gridX, int gridY, int blockX, int blockY, Object... args) {
        launch3d(kernel, gridX, gridY, 1, blockX, blockY, args);
    }

    /** {@link #launch} on a gridX × gridY × gridZ grid. */
    synchronized void launch3d(String kernel, int gridX, int gridY, int gridZ, int blockX, int blockY,
                               Object... args) {
        makeCurrent();
        var params = new NativePointerObject[args.length];
        for (int i = 0; i < args.length; i++) {
            params[i] = parameter(kernel, i, args[i]);
        }
        check(JCudaDriver.cuLaunchKernel(function(kernel), gridX, gridY, gridZ, blockX, blockY, 1, 0, stream,
                Pointer.to(params), null), "cuLaunchKernel(" + kernel + ")");
    }

    /** One thread per value (grid-stride beyond 65,536 blocks of 256). */
    void launchElementwise(String kernel, long size, Object... args) {
        if (size > 0) {
            launch(kernel, blocks(size), 1, THREADS, 1, args);
        }
    }

    static int blocks(long size) {
        return (int) Math.max(1, Math.min(MAX_BLOCKS, (size + THREADS - 1) / THREADS));
    }

    private static Pointer parameter(String kernel, int index, Object arg) {
        if (arg instanceof Integer v) {
            return Pointer.to(new int[] {v});
        } else if (arg instanceof Long v) {
            return Pointer.to(new long[] {v});
        } else if (arg instanceof Float v) {
            return Pointer.to(new float[] {v});
        } else if (arg instanceof Double v) {
            return Pointer.to(new double[] {v});
        } else if (arg instanceof CUdeviceptr p) {
            return Pointer.to(p);
        } else if (arg instanceof DeviceBuffer b) {
            return Pointer.to(b.pointer());
        }
        throw new IllegalArgumentException(kernel + ": argument " + index + " has unsupported type "
                + (arg == null ? "null" : arg.getClass().getSimpleName()));
    }

    private CUfunction function(String name) {
        return functions.computeIfAbsent(name, n -> {
            var f = new CUfunction();
            check(JCudaDriver.cuModuleGetFunction(f, module, n), "cuModuleGetFunction(" + n + ")");
            return f;
        });
    }

    private void makeCurrent() {
        check(JCudaDriver.cuCtxSetCurrent(context), "cuCtxSetCurrent");
    }

    private void check(int code, String call) {
        if (code != DriverCalls.SUCCESS) {
            if (code == DriverCalls.OUT_OF_MEMORY) {
                throw new CudaOutOfMemoryException(0, -1, info.totalBytes());
            }
            throw new CudaCallException(call, code, CUresult.stringFor(code));
        }
    }
}
