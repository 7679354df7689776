package io.github.dlplayground.engine.backend.cuda;

import jcuda.driver.CUdeviceptr;

/**
 * A block of GPU memory holding 4-byte values (float or int), grown on demand and reused: {@link #ensure}
 * keeps the block when it is large enough and otherwise frees it and allocates a larger one (contents lost).
 * Not thread-safe: used under the device's lock.
 */
public final class DeviceBuffer implements AutoCloseable {
    private final CudaDevice device;
    private CUdeviceptr pointer;
    private long capacity;

    DeviceBuffer(CudaDevice device) {
        this.device = device;
    }

    /** Makes room for at least {@code count} values; returns this buffer. */
    public DeviceBuffer ensure(long count) {
        if (pointer != null && capacity >= count) {
            return this;
        }
        close();
        long size = Math.max(1, count);
        pointer = device.allocate(size * Float.BYTES);
        capacity = size;
        return this;
    }

    /** The start of the block (allocate with {@link #ensure} first). */
    public CUdeviceptr pointer() {
        if (pointer == null) {
            throw new IllegalStateException("device buffer used before ensure()");
        }
        return pointer;
    }

    /** The address of value {@code index}. */
    public CUdeviceptr at(long index) {
        return index == 0 ? pointer() : pointer().withByteOffset(index * Float.BYTES);
    }

    public long capacity() {
        return capacity;
    }

    public void upload(float[] source, int offset, int length) {
        device.upload(pointer(), source, offset, length);
    }

    public void upload(float[] source) {
        upload(source, 0, source.length);
    }

    public void uploadInts(int[] source) {
        device.uploadInts(pointer(), source);
    }

    public void download(float[] target, int offset, int length) {
        device.download(target, offset, length, pointer());
    }

    public void download(float[] target) {
        download(target, 0, target.length);
    }

    public void downloadInts(int[] target) {
        device.downloadInts(target, pointer());
    }

    /** Sets the first {@code count} values to 0. */
    public void zero(long count) {
        device.zero(pointer(), count);
    }

    /** Sets the first {@code count} values to {@code value}. */
    public void fill(long count, float value) {
        device.fill(pointer(), Float.floatToRawIntBits(value), count);
    }

    @Override
    public void close() {
        if (pointer != null) {
            device.free(pointer);
            pointer = null;
            capacity = 0;
        }
    }
}
