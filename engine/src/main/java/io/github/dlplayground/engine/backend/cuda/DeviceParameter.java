package io.github.dlplayground.engine.backend.cuda;

import io.github.dlplayground.engine.nn.Parameter;

/**
 * A layer parameter living on the GPU: its value and gradient as device buffers beside the host
 * {@link Parameter}, which is brought up to date by {@link #download()} (values only).
 */
final class DeviceParameter implements AutoCloseable {
    private final Parameter host;
    private final DeviceBuffer value;
    private final DeviceBuffer grad;

    DeviceParameter(CudaDevice device, Parameter host) {
        this.host = host;
        this.value = device.buffer().ensure(host.size());
        this.grad = device.buffer().ensure(host.size());
        upload();
    }

    Parameter host() {
        return host;
    }

    int size() {
        return host.size();
    }

    DeviceBuffer value() {
        return value;
    }

    DeviceBuffer grad() {
        return grad;
    }

    /** Host values → GPU (the gradient is zeroed). */
    void upload() {
        value.upload(host.value());
        grad.zero(host.size());
    }

    /** GPU values → the host parameter. */
    void download() {
        value.download(host.value());
    }

    /** GPU gradient → the host parameter's gradient. */
    void downloadGrad() {
        grad.download(host.grad());
    }

    @Override
    public void close() {
        value.close();
        grad.close();
    }
}
